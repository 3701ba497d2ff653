package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;

/**
 * Reads the header of a directive: issuing body, number and symbol, place and date, type and
 * summary. Each segment is recognised by what it is, not by where it stands, so the two columns of
 * a header may come in any order or interleaved (a PDF read line by line, a table read cell by
 * cell, a header flattened onto one line).
 */
final class HeaderParser {

    /** A body paragraph this long is no summary. */
    private static final int MAX_SUMMARY_WORDS = 60;
    private static final Pattern NUMBER_TOKEN = Pattern.compile(
            "^Số\\s*[:.]?\\s*(\\d*\\s*[/\\-]\\s*[\\p{L}\\p{N}&./\\-]*[\\p{L}\\p{N}])");

    record Header(String issuer, String type, DocumentNumber number, PartialDate date, String place,
                  String summary, int end) {
    }

    private final List<String> issuerLines = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();
    private String typeHeading;
    private boolean summaryIsLetter;
    private DocumentNumber number;
    private PartialDate date;
    private String place;
    private boolean summaryOpen;
    private boolean seenTitleParts;

    private HeaderParser() {
    }

    static Header parse(List<Segment> segments) {
        HeaderParser parser = new HeaderParser();
        int i = 0;
        while (i < segments.size() && parser.accept(segments.get(i))) {
            i++;
        }
        return parser.result(i);
    }

    /** Takes one segment of the header; false at the first segment that belongs to the body. */
    private boolean accept(Segment segment) {
        if (segment.isTable()) {
            return false;
        }
        String text = segment.text();
        if (Lexicon.KINH_GUI.matcher(text).lookingAt() || Lexicon.NOI_NHAN.matcher(text).lookingAt()) {
            return false;
        }
        if (Lexicon.MOTTO.matcher(text).lookingAt()) {
            return true;
        }
        // A date line set beside the number or the summary, flattened onto the same line.
        Matcher dateLine = Lexicon.DATE_LINE.matcher(text);
        if (dateLine.find()) {
            if (date == null) {
                takeDate(dateLine);
            }
            String before = text.substring(0, dateLine.start()).strip();
            String after = text.substring(dateLine.end()).strip();
            boolean ok = before.isEmpty() || acceptPart(before, segment);
            return (after.isEmpty() || acceptPart(after, segment)) && ok;
        }
        return acceptPart(text, segment);
    }

    private boolean acceptPart(String text, Segment segment) {
        Matcher numberLine = NUMBER_TOKEN.matcher(text);
        if (numberLine.find()) {
            DocumentNumber.parse(numberLine.group(1)).ifPresent(n -> number = n);
            seenTitleParts = true;
            summaryOpen = false;
            String rest = text.substring(numberLine.end()).strip();
            return rest.isEmpty() || acceptPart(rest, segment);
        }
        Matcher letter = Lexicon.SUMMARY_PREFIX.matcher(text);
        if (letter.lookingAt() && summary.isEmpty()) {
            summaryIsLetter = typeHeading == null;
            seenTitleParts = true;
            summaryOpen = true;
            summary.add(text.substring(letter.end()));
            return true;
        }
        if (SegmentBuilder.isTypeHeading(text)) {
            if (typeHeading != null || !summary.isEmpty()) {
                return false; // "QUYẾT ĐỊNH:" before the articles of a decision: the body
            }
            typeHeading = text.replaceAll("[:.]$", "");
            seenTitleParts = true;
            summaryOpen = true;
            return true;
        }
        if (Lexicon.isUpperCaseLine(text)) {
            if (!seenTitleParts && date == null) {
                issuerLines.addAll(segment.lines().size() > 1 && segment.text().equals(text) ? segment.lines() : List.of(text));
            }
            // After the title, an upper-case line is the authority that decides ("CHỦ TỊCH ỦY BAN …").
            summaryOpen = summaryOpen && summary.isEmpty();
            return true;
        }
        if (summaryOpen && continuesSummary(text)) {
            summary.add(text);
            return true;
        }
        return false;
    }

    /** The first line of a plan's or decision's summary, or a lower-case continuation of any summary. */
    private boolean continuesSummary(String text) {
        if (Lexicon.BODY_START.matcher(text).lookingAt() || Lexicon.hasMarker(text)
                || text.split("\\s+").length > MAX_SUMMARY_WORDS) {
            return false;
        }
        return summary.isEmpty() || Lexicon.startsWithLowerCase(text) || Character.isDigit(text.charAt(0));
    }

    private void takeDate(Matcher m) {
        place = m.group("place").strip();
        Integer year = Integer.valueOf(m.group("year"));
        Integer month = m.group("month") == null ? null : Integer.valueOf(m.group("month"));
        Integer day = m.group("day") == null || month == null ? null : Integer.valueOf(m.group("day"));
        date = Dates.partial(day, month, year);
    }

    private Header result(int end) {
        String summaryText = summary.isEmpty() ? null : Lexicon.trimEnd(String.join(" ", summary));
        String type = typeHeading != null ? DocumentType.ofName(typeHeading).map(DocumentType::fullName).orElse(null) : null;
        if (type == null && number != null) {
            type = number.typeFromSymbol().map(DocumentType::fullName).orElse(null);
        }
        if (type == null && summaryIsLetter) {
            type = DocumentType.CONG_VAN.fullName();
        }
        return new Header(BodyNames.issuer(issuerLines), type, number, date, place,
                summaryText == null || summaryText.isEmpty() ? null : summaryText, end);
    }
}
