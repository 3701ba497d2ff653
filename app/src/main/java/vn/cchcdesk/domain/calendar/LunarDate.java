package vn.cchcdesk.domain.calendar;

/**
 * A day of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year the lunar year, numbered like the solar year in which it mostly falls (Tết 2026 opens lunar year 2026)
 * @param leap true for a day of the leap month (tháng nhuận) that repeats {@code month}
 */
public record LunarDate(int day, int month, int year, boolean leap) {

    public LunarDate {
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("Lunar day out of range: " + day);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Lunar month out of range: " + month);
        }
    }

    public static LunarDate of(int day, int month, int year) {
        return new LunarDate(day, month, year, false);
    }

    /** "mùng 1 tháng Giêng", "29 tháng Chạp", "10 tháng 3": how the day is said. */
    public String spoken() {
        String d = day <= 10 ? "mùng " + day : String.valueOf(day);
        String m = switch (month) {
            case 1 -> "Giêng";
            case 12 -> "Chạp";
            default -> String.valueOf(month);
        };
        return d + " tháng " + m + (leap ? " nhuận" : "");
    }
}
