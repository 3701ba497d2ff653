package vn.cchcdesk.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.PartialDate;

/**
 * Extracts the fields of EXTRACTION.md from a directive's text, by rules one can read and check:
 * the text is cut into segments, then into header, addressees, body and closing, and each part
 * has its parser. No network, no model.
 */
public final class DirectiveExtractor {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    public ExtractedDirective extract(DirectiveText text) {
        List<Segment> segments = SegmentBuilder.build(text);
        HeaderParser.Header header = HeaderParser.parse(segments);
        int closingStart = closingStart(segments, header.end());

        List<String> addressees = List.of();
        List<Segment> body = new ArrayList<>();
        for (int i = header.end(); i < closingStart; i++) {
            Segment segment = segments.get(i);
            if (addressees.isEmpty() && !segment.isTable() && Lexicon.KINH_GUI.matcher(segment.text()).lookingAt()) {
                RecipientParser.Items items = RecipientParser.list(segments, i, Lexicon.KINH_GUI);
                addressees = items.items();
                i = Math.min(items.end(), closingStart) - 1;
                continue;
            }
            body.add(segment);
        }
        List<Segment> closing = segments.subList(closingStart, segments.size());
        List<String> copies = List.of();
        for (int i = 0; i < closing.size(); i++) {
            if (!closing.get(i).isTable() && Lexicon.NOI_NHAN.matcher(closing.get(i).text()).lookingAt()) {
                copies = RecipientParser.list(closing, i, Lexicon.NOI_NHAN).items();
                break;
            }
        }

        List<String> citedTexts = new ArrayList<>();
        if (header.summary() != null) {
            citedTexts.add(header.summary());
        }
        body.stream().filter(s -> !s.isTable()).map(Segment::text).forEach(citedTexts::add);
        int year = yearOf(header.date(), citedTexts);

        DocumentNumber number = header.number();
        return new ExtractedDirective(text.fileName(), header.issuer(), header.type(),
                number == null ? null : number.number(), number == null ? null : number.symbol(),
                header.date(), header.place(), header.summary(), addressees, copies, SignerParser.parse(closing),
                CitationParser.parse(citedTexts), AssignmentParser.parse(body, year));
    }

    /**
     * Where the closing starts: "Nơi nhận", a signing capacity, or the segment after the body's
     * last sentence, which ends in "./.".
     */
    private static int closingStart(List<Segment> segments, int from) {
        for (int i = from; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.isTable()) {
                continue;
            }
            String text = segment.text();
            if (Lexicon.NOI_NHAN.matcher(text).lookingAt() || Lexicon.CAPACITY.matcher(text).lookingAt()) {
                return i;
            }
            if (Lexicon.CLOSING_MARK.matcher(text).find()) {
                return i + 1;
            }
        }
        return segments.size();
    }

    /** The year dates without one belong to: the directive's own, else the latest named in it. */
    private static int yearOf(PartialDate date, List<String> texts) {
        if (date != null && date.year() != null) {
            return date.year();
        }
        int latest = 0;
        for (String text : texts) {
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                latest = Math.max(latest, Integer.parseInt(m.group(1)));
            }
        }
        return latest > 0 ? latest : LocalDate.now().getYear();
    }
}
