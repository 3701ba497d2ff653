package vn.cchcdesk.intake;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time frame written inside a task's sentence: "báo cáo … hàng quý, 6 tháng, năm (gửi trước
 * ngày 05 tháng cuối của quý, năm)", "hoàn thành trước ngày 30/5/2026", "trong tháng 6/2026",
 * "quý II/2026", "(dự kiến tháng 6/2026)". "Thường xuyên" alone and a bare "năm 2026" are how a
 * task is described, not when it is due, and are left to the section's "Thời gian thực hiện".
 */
final class InlineTimeframes {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String DATE = "(?:\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}(?:\\s*[/.\\-]\\s*\\d{4})?|\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?)";
    private static final String MONTH = "tháng\\s+\\d{1,2}(?:\\s*/\\s*\\d{4}|\\s+năm\\s+\\d{4})?";
    private static final String QUARTER = "quý\\s+(?:IV|I{1,3}|[1-4])(?:\\s*/\\s*\\d{4}|\\s+năm\\s+\\d{4})?";
    private static final String NO_LETTER_BEFORE = "(?<![\\p{L}])";

    /** In order of preference: an explicit label, a recurrence, a deadline, a month, a quarter, a planned date. */
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile(NO_LETTER_BEFORE + "(?:thời\\s+gian(?:\\s+(?:thực\\s+hiện|hoàn\\s+thành))?|thời\\s+hạn(?:\\s+hoàn\\s+thành)?)\\s*:\\s*(?<tf>[^;.]+(?:\\.\\d[^;.]*)*)", FLAGS),
            Pattern.compile(NO_LETTER_BEFORE + "(?<tf>(?:hằng|hàng)\\s+(?:tuần|tháng|quý|năm)(?:\\s*,\\s*(?:6\\s+tháng|9\\s+tháng|năm|quý|tháng))*(?:\\s*\\([^)]*\\))?)", FLAGS),
            Pattern.compile(NO_LETTER_BEFORE + "(?<tf>(?:hoàn\\s+thành\\s+)?(?:trước|chậm\\s+nhất(?:\\s+là)?|không\\s+quá)\\s+(?:ngày\\s+)?" + DATE + ")", FLAGS),
            Pattern.compile(NO_LETTER_BEFORE + "(?<tf>(?:hoàn\\s+thành\\s+)?trong\\s+" + MONTH + ")", FLAGS),
            Pattern.compile(NO_LETTER_BEFORE + "(?<tf>(?:trong\\s+)?" + QUARTER + ")", FLAGS),
            Pattern.compile("\\((?<tf>(?:dự\\s+kiến|thời\\s+gian)[^)]*?(?:" + MONTH + "|" + QUARTER + "|" + DATE + "))[^)]*\\)", FLAGS));

    private InlineTimeframes() {
    }

    /** The time frame as written in the task's text, if it gives one. */
    static Optional<String> find(String task) {
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(task);
            if (m.find()) {
                return Optional.of(Lexicon.trimEnd(m.group("tf")));
            }
        }
        return Optional.empty();
    }
}
