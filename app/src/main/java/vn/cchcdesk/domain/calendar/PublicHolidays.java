package vn.cchcdesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public holidays of a year under Bộ luật Lao động 2019, Điều 112, with the days off that
 * compensate a holiday falling on a weekend (Điều 111.3: "nghỉ bù vào ngày làm việc kế tiếp").
 *
 * <p>The law fixes the number of days; for Tết and for the second day of Quốc khánh the Prime
 * Minister picks the dates each year. This class proposes them by the rule of recent years, and
 * the clerk corrects the list when the year's decision says otherwise:
 * <ul>
 *   <li>Tết Dương lịch: 1 January.</li>
 *   <li>Tết Nguyên đán: five days from two days before mùng 1 tháng Giêng (28 or 29 tháng Chạp to
 *       mùng 3), or from the last day of the old year to mùng 4 when that puts fewer of them on a
 *       weekend. This reproduces every decision from 2019 to 2026 (e.g. 27–31/01/2025,
 *       16–20/02/2026, 20–26/01/2023 with the days in lieu).</li>
 *   <li>Giỗ Tổ Hùng Vương: 10 tháng 3 âm lịch.</li>
 *   <li>30 April and 1 May.</li>
 *   <li>Quốc khánh: 2 September and the adjacent day that joins it to a weekend (the day after a
 *       Monday, Thursday or Sunday, the day before otherwise, and the day before a Wednesday), as
 *       decided in 2021–2025.</li>
 *   <li>Each of those days that falls on a Saturday or Sunday gives a compensation day, the next
 *       day that is neither a weekend nor already off.</li>
 * </ul>
 */
public final class PublicHolidays {

    private static final int TET_DAYS = 5;

    private PublicHolidays() {
    }

    public static List<Holiday> of(int year) {
        List<Holiday> statutory = new ArrayList<>();
        statutory.add(new Holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch", false));
        statutory.addAll(tet(year));
        statutory.add(new Holiday(hungKings(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", true));
        statutory.add(new Holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)", false));
        statutory.add(new Holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)", false));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        statutory.add(new Holiday(nationalDay, "Quốc khánh (2/9)", false));
        statutory.add(new Holiday(nationalDayCompanion(nationalDay), "Quốc khánh (ngày liền kề 2/9)", false));
        statutory.sort(Comparator.comparing(Holiday::date));

        List<Holiday> all = new ArrayList<>(statutory);
        Set<LocalDate> off = new HashSet<>();
        statutory.forEach(h -> off.add(h.date()));
        for (Holiday holiday : statutory) {
            if (isWeekend(holiday.date())) {
                LocalDate day = holiday.date().plusDays(1);
                while (isWeekend(day) || off.contains(day)) {
                    day = day.plusDays(1);
                }
                off.add(day);
                all.add(new Holiday(day, "Nghỉ bù " + baseName(holiday.name()), holiday.lunar()));
            }
        }
        all.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(all);
    }

    /** Mùng 1 Tết of the lunar year that begins in this solar year. */
    public static LocalDate lunarNewYear(int year) {
        return LunarCalendar.lunarNewYear(year);
    }

    /** Giỗ Tổ Hùng Vương: 10 tháng 3 âm lịch (never the leap month). */
    public static LocalDate hungKings(int year) {
        return LunarCalendar.toSolar(LunarDate.of(10, 3, year)).orElseThrow();
    }

    private static List<Holiday> tet(int year) {
        LocalDate newYear = lunarNewYear(year);
        int bestStart = weekendDays(newYear.minusDays(1)) < weekendDays(newYear.minusDays(2)) ? -1 : -2;
        List<Holiday> days = new ArrayList<>();
        for (int i = 0; i < TET_DAYS; i++) {
            LocalDate day = newYear.plusDays(bestStart + i);
            LunarDate lunar = LunarCalendar.toLunar(day);
            String which = lunar.month() == 1 ? "mùng " + lunar.day() : lunar.day() + " tháng Chạp";
            days.add(new Holiday(day, "Tết Nguyên đán (" + which + ")", true));
        }
        return days;
    }

    private static long weekendDays(LocalDate first) {
        return first.datesUntil(first.plusDays(TET_DAYS)).filter(PublicHolidays::isWeekend).count();
    }

    private static LocalDate nationalDayCompanion(LocalDate nationalDay) {
        return switch (nationalDay.getDayOfWeek()) {
            case MONDAY, THURSDAY, SUNDAY -> nationalDay.plusDays(1);
            default -> nationalDay.minusDays(1);
        };
    }

    /** "Tết Nguyên đán (mùng 1)" → "Tết Nguyên đán": a compensation day names the holiday, not the day. */
    private static String baseName(String name) {
        int paren = name.indexOf(" (");
        String base = paren < 0 ? name : name.substring(0, paren);
        return base.equals("Quốc khánh") ? "Quốc khánh (2/9)" : base;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
