package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Turns a raw line into clean text cells. Cells are what a wide gap (a tab from Word's layout or
 * from a PDF's two columns) or the national motto in the middle of a flattened header separates;
 * each is NFC with whitespace collapsed. Artefacts of conversions are removed: "[bookmark: …]",
 * markdown emphasis, heading marks and escapes, "&lt;http://…&gt;" autolinks, the stamp lines of signed
 * PDFs and their ISO timestamps, page numbers and separator rules.
 */
final class TextCleaner {

    private static final Pattern TABS = Pattern.compile("\\t+");
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<=^|[\\s(\\[“\"'])[*_]{1,3}(?=[\\p{L}\\p{N}(“\"'])|(?<=[\\p{L}\\p{N}.,;:!?)”\"'])[*_]{1,3}(?=$|[\\s).,;:\\]”\"'])");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([.\\-*_#()\\[\\]>+!])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp)://[^>\\s]+|www\\.[^>\\s]+)>");
    private static final Pattern ISO_TIMESTAMP = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|\\s?[+-]\\d{2}:?\\d{2})?\\b");
    private static final Pattern STAMP = Pattern.compile(
            "^(?:Ký\\s+bởi|Thời\\s+gian\\s+ký|Ngày\\s+ký|Người\\s+ký|Signed\\s+by|Signature\\s+valid)(?![\\p{L}\\p{N}]).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOISE = Pattern.compile("^(?:[-_=.*~·•…]{3,}|\\d{1,3}|Trang\\s+\\d+(?:/\\d+)?)$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}[.)]?|[a-zđ][).]|[IVXL]{1,5}[.)]|[-+•–])$");

    private TextCleaner() {
    }

    /** The clean cells of one raw line, left to right; empty for a line of noise. */
    static List<String> cells(String raw) {
        String text = VietnameseText.nfc(raw);
        List<String> cells = new ArrayList<>();
        String pending = null;
        for (String part : TABS.split(text.strip(), -1)) {
            String cell = clean(part);
            if (cell.isEmpty()) {
                continue;
            }
            if (pending != null) {
                // "1.<tab>Tiếp tục …": a tab after a list marker is layout, not a column.
                cell = pending + " " + cell;
                pending = null;
            } else if (LIST_MARKER.matcher(cell).matches()) {
                pending = cell;
                continue;
            }
            splitAtMotto(cell, cells);
        }
        if (pending != null) {
            cells.add(pending);
        }
        cells.removeIf(c -> c.isEmpty() || NOISE.matcher(c).matches());
        return cells;
    }

    /** True for a cell of a digital-signature stamp ("Ký bởi: …", "Thời gian ký: …"). */
    static boolean isStamp(String cell) {
        return STAMP.matcher(cell).matches();
    }

    static String clean(String part) {
        String t = INVISIBLE.matcher(part).replaceAll("");
        t = BOOKMARK.matcher(t).replaceAll("");
        t = AUTOLINK.matcher(t).replaceAll("$1");
        t = ESCAPE.matcher(t).replaceAll("$1");
        t = HEADING_MARK.matcher(t).replaceFirst("");
        t = EMPHASIS.matcher(t).replaceAll("");
        t = ISO_TIMESTAMP.matcher(t).replaceAll("");
        return VietnameseText.clean(t);
    }

    /** "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": a flattened header keeps its columns apart. */
    private static void splitAtMotto(String cell, List<String> out) {
        Matcher m = Lexicon.MOTTO.matcher(cell);
        int from = 0;
        while (m.find()) {
            String before = cell.substring(from, m.start()).strip();
            if (!before.isEmpty()) {
                out.add(before);
            }
            out.add(m.group().strip());
            from = m.end();
        }
        String rest = cell.substring(from).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
    }
}
