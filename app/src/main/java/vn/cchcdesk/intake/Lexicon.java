package vn.cchcdesk.intake;

import java.util.regex.Pattern;

/** Shapes of lines in Vietnamese directives (Nghị định 30 layout), shared by the parsers. */
final class Lexicon {

    /** "- ", "+ ", "• ", "– " in front of a list item. */
    static final Pattern BULLET = Pattern.compile("^[-+•–—*]\\s*(?=\\S)");
    /** "1. ", "2.1. ", "2.1 ", "3) ", "a) ", "b. ", "I. ", "IV. " in front of an outline item. */
    static final Pattern OUTLINE = Pattern.compile(
            "^(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}[.)]|\\d{1,2}(?:\\.\\d{1,2}){1,3}(?=\\s)|[a-zđ][).]|[IVXL]{1,5}[.)])\\s+(?=\\S)");
    static final Pattern KINH_GUI = Pattern.compile("^Kính\\s*gửi\\s*[:.]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern NOI_NHAN = Pattern.compile("^Nơi\\s*nhận\\s*[:.]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*[:.]?\\s*\\d*\\s*[/\\-]\\s*\\p{L}");
    static final Pattern SUMMARY_PREFIX = Pattern.compile("^(?:V/v|V/V|v/v|Về\\s+việc|VỀ\\s+VIỆC)\\s*[:.]?\\s*");
    /** "Định Tân, ngày 05 tháng 3 năm 2026", blanks allowed: "ngày    tháng 3 năm 2026", "ngày … tháng … năm 2026". */
    static final Pattern DATE_LINE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/\\-])(?<place>[\\p{Lu}][\\p{L}.]*(?:[ \\-][\\p{Lu}][\\p{L}.]*){0,4})\\s*,\\s*ngày\\s*(?<day>\\d{1,2})?[\\s.…_/]*tháng\\s*(?<month>\\d{1,2})?[\\s.…_/]*năm\\s*(?<year>\\d{4})",
            Pattern.UNICODE_CASE);
    static final Pattern CAPACITY = Pattern.compile("^(?:TM|KT|Q|TL|TUQ|T/M|K/T)\\s*[.:]\\s*\\S");
    static final Pattern MOTTO = Pattern.compile(
            "(?:CỘNG\\s+H(?:ÒA|OÀ)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM|Độc\\s+lập\\s*[-–]\\s*Tự\\s+do\\s*[-–]\\s*Hạnh\\s+phúc)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern BODY_START = Pattern.compile(
            "^(?:Căn\\s+cứ|Thực\\s+hiện|Triển\\s+khai|Theo\\s|Nhằm|Để\\s|Sau\\s+khi|Thi\\s+hành|Ngày\\s+\\d)", Pattern.UNICODE_CASE);
    static final Pattern TIMEFRAME_LABEL = Pattern.compile(
            "^(?:Thời\\s+gian(?:\\s+(?:thực\\s+hiện|hoàn\\s+thành|triển\\s+khai|báo\\s+cáo))?|Thời\\s+hạn(?:\\s+(?:hoàn\\s+thành|thực\\s+hiện|báo\\s+cáo))?|Tiến\\s+độ(?:\\s+thực\\s+hiện)?)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern CLOSING_MARK = Pattern.compile("\\./\\.\\s*$|\\.\\s*/\\s*\\.\\s*$");

    private Lexicon() {
    }

    /** At least three letters and none in lower case: "ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
    static boolean isUpperCaseLine(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    static boolean startsWithLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    static boolean endsSentence(String text) {
        String t = text.stripTrailing();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    /** Without the final ".", ";", "," or ":" of a list item or summary (but keeps "..." and ")"). */
    static String trimEnd(String text) {
        String t = text.strip();
        while (!t.isEmpty() && !t.endsWith("...") && ".;,:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** The text without its bullet or outline number. */
    static String withoutMarker(String text) {
        String t = BULLET.matcher(text).replaceFirst("");
        return OUTLINE.matcher(t).replaceFirst("").strip();
    }

    static boolean hasMarker(String text) {
        return BULLET.matcher(text).find() || OUTLINE.matcher(text).find();
    }
}
