package vn.cchcdesk.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.document.PartialDate;

/** Dates as directives write them: "24/3/2026", "20/01/2026", "ngày 15 tháng 7 năm 2021". */
final class Dates {

    /** After "ngày": 24/3/2026, 24-3-2026, 24.3.2026, or 15 tháng 7 năm 2021. */
    static final Pattern AFTER_NGAY = Pattern.compile(
            "(?:(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:,\\s*)?năm\\s+(\\d{4}))");

    private Dates() {
    }

    /** A partial date from parts as read; parts that cannot form a real date are dropped, smallest first. */
    static PartialDate partial(Integer day, Integer month, Integer year) {
        if (year == null) {
            return PartialDate.unknown();
        }
        try {
            return new PartialDate(month == null ? null : day, month, year);
        } catch (IllegalArgumentException e) {
            try {
                return new PartialDate(null, month, year);
            } catch (IllegalArgumentException again) {
                return new PartialDate(null, null, year);
            }
        }
    }

    /** The date of an {@link #AFTER_NGAY} match. */
    static PartialDate of(Matcher m) {
        int base = m.group(1) != null ? 1 : 4;
        return partial(Integer.valueOf(m.group(base)), Integer.valueOf(m.group(base + 1)), Integer.valueOf(m.group(base + 2)));
    }
}
