package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Documents cited in the text: a type's name, a number and symbol, optionally "ngày …" and
 * "của …" ("Thực hiện Công văn số 1478/SNV-CCHC&VTTLT, ngày 24/3/2026 của Sở Nội vụ về việc …").
 * A reference without a number ("Căn cứ công văn của Ủy ban nhân dân xã") names no document one
 * could find, and a web address is not a document: neither is a citation. Each document is listed
 * once, where it is first cited.
 */
final class CitationParser {

    /** Legal documents outside the list of Nghị định 30, and "văn bản" for a letter named generically. */
    private static final List<String> OTHER_TYPES = List.of(
            "Thông tư liên tịch", "Thông tư", "Nghị định", "Bộ luật", "Luật", "Pháp lệnh", "Văn bản");
    private static final String TYPE_NAMES = Stream.concat(
                    DocumentType.byNameLengthDescending().stream().map(DocumentType::fullName),
                    OTHER_TYPES.stream())
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    private static final Pattern CITATION = Pattern.compile(
            "(?<![\\p{L}])(?<type>" + TYPE_NAMES + ")(?:(?:\\s+[^\\s,;:()]+){0,10}?\\s+số\\s*[:.]?\\s*|\\s+)"
                    + "(?<number>\\d{0,5}\\s*[/\\-]\\s*(?:\\d{4}/)?[\\p{L}\\p{N}&.\\-/]*\\p{L}[\\p{L}\\p{N}&.\\-/]*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE = Pattern.compile(
            "^\\s*,?\\s*(?:ban\\s+hành\\s+)?ngày\\s+" + Dates.AFTER_NGAY.pattern(), Pattern.UNICODE_CASE);
    private static final Pattern ISSUER = Pattern.compile(
            "^\\s*,?\\s*của\\s+(.+?)(?=\\s+(?:về|V/v|ban\\s+hành|quy\\s+định|hướng\\s+dẫn|phê\\s+duyệt|triển\\s+khai|"
                    + "thực\\s+hiện|sửa\\s+đổi|tuyên\\s+truyền|đã|đối\\s+với|trong|tại|nhằm|và\\s+(?:các\\s+)?(?:"
                    + TYPE_NAMES + "))(?![\\p{L}])|\\s*[,;:()“”\"]|\\.(?:\\s|$)|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CLAUSE_OPENING = Pattern.compile(
            "(?<![\\p{L}])(Căn\\s+cứ|Thực\\s+hiện|Triển\\s+khai|Thi\\s+hành)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_ISSUER_WORDS = 16;
    /** ", Thể thao và Du lịch": a name whose parts are listed with commas goes on past the comma. */
    private static final Pattern LISTED_NAME_PARTS = Pattern.compile(
            "^(?:,\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+)?)+\\s+và\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+)?(?![\\p{L}])");
    private static final Pattern OPENING_CITATION = Pattern.compile(
            "^(?:Căn\\s+cứ|Thực\\s+hiện|Triển\\s+khai|Thi\\s+hành|Theo)\\s+(?:" + TYPE_NAMES + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "Căn cứ Quyết định …", "Thực hiện Công văn …": a paragraph that opens by citing a document. */
    static boolean opensWithCitation(String text) {
        return OPENING_CITATION.matcher(text).lookingAt();
    }

    private CitationParser() {
    }

    static List<ExtractedCitation> parse(List<String> texts) {
        Map<String, ExtractedCitation> found = new LinkedHashMap<>();
        for (String text : texts) {
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
                citationAt(text, m).ifPresent(c -> found.putIfAbsent(key(c), c));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static Optional<ExtractedCitation> citationAt(String text, Matcher m) {
        String token = m.group("number").replaceAll("[./\\-]+$", "");
        Optional<DocumentNumber> parsed = DocumentNumber.parse(token);
        if (parsed.isEmpty() || parsed.get().symbol() == null) {
            return Optional.empty();
        }
        DocumentNumber number = parsed.get();
        int end = m.start("number") + token.length();
        String rest = text.substring(end);
        PartialDate date = PartialDate.unknown();
        Matcher dateMatch = DATE.matcher(rest);
        if (dateMatch.find()) {
            Matcher parts = Dates.AFTER_NGAY.matcher(dateMatch.group());
            if (parts.find()) {
                date = Dates.of(parts);
            }
            end += dateMatch.end();
            rest = text.substring(end);
        }
        String issuer = null;
        Matcher issuerMatch = ISSUER.matcher(rest);
        if (issuerMatch.find()) {
            int issuerEnd = issuerMatch.end(1);
            Matcher parts = LISTED_NAME_PARTS.matcher(rest.substring(issuerEnd));
            if (parts.find()) {
                issuerEnd += parts.end();
            }
            String candidate = VietnameseText.clean(rest.substring(issuerMatch.start(1), issuerEnd));
            if (candidate.split(" ").length <= MAX_ISSUER_WORDS) {
                issuer = candidate;
                end += issuerEnd;
            }
        }
        return Optional.of(new ExtractedCitation(type(m.group("type"), number), number.number(), number.symbol(),
                date, issuer, kind(text, m.start()), VietnameseText.clean(text.substring(m.start(), end))));
    }

    /** The type as the list names it; "văn bản số …" is a letter unless its symbol names a type. */
    private static String type(String written, DocumentNumber number) {
        Optional<DocumentType> listed = DocumentType.ofName(written);
        if (listed.isPresent()) {
            return listed.get().fullName();
        }
        if (VietnameseText.fold(written).equals("van ban")) {
            return number.typeFromSymbol().orElse(DocumentType.CONG_VAN).fullName();
        }
        String lower = written.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The verb that opens the clause the citation stands in ("Căn cứ", "Thực hiện"); OTHER for "theo …" and the like. */
    private static CitationKind kind(String text, int at) {
        String before = text.substring(0, at);
        int clauseStart = Math.max(Math.max(before.lastIndexOf(';'), before.lastIndexOf(". ")), before.lastIndexOf(':'));
        Matcher opening = CLAUSE_OPENING.matcher(before.substring(clauseStart + 1));
        CitationKind kind = CitationKind.OTHER;
        while (opening.find()) {
            String verb = VietnameseText.fold(opening.group(1));
            kind = verb.equals("can cu") ? CitationKind.BASIS : CitationKind.IMPLEMENTS;
        }
        return kind;
    }

    private static String key(ExtractedCitation c) {
        String number = c.number() == null ? "" : String.valueOf(Integer.parseInt(c.number().length() > 9 ? c.number().substring(0, 9) : c.number()));
        return number + "|" + VietnameseText.fold(c.symbol()).replace(" ", "");
    }
}
