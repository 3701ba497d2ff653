package vn.cchcdesk.domain.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days are working days for a commune office: Monday to Friday, except public holidays and
 * compensation days. Years the clerk's list covers use that list as it is (the clerk may have
 * corrected it); any other year falls back to the computed {@link PublicHolidays}.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, Holiday> listed = new HashMap<>();
    private final Set<Integer> listedYears;
    private final Map<Integer, Map<LocalDate, Holiday>> computed = new ConcurrentHashMap<>();

    /**
     * @param holidays    the clerk's list
     * @param listedYears the years that list is authoritative for (even when a year has no row left)
     */
    public WorkingCalendar(Collection<Holiday> holidays, Set<Integer> listedYears) {
        holidays.forEach(h -> listed.put(h.date(), h));
        this.listedYears = Set.copyOf(listedYears);
    }

    /** A calendar of computed holidays only (tests, commands without a data folder). */
    public static WorkingCalendar computed() {
        return new WorkingCalendar(java.util.List.of(), Set.of());
    }

    public boolean isWeekend(LocalDate date) {
        return PublicHolidays.isWeekend(date);
    }

    /** The holiday or compensation day on this date, if any. */
    public Optional<Holiday> holiday(LocalDate date) {
        if (listedYears.contains(date.getYear())) {
            return Optional.ofNullable(listed.get(date));
        }
        Holiday fromList = listed.get(date);
        if (fromList != null) {
            return Optional.of(fromList);
        }
        return Optional.ofNullable(computed.computeIfAbsent(date.getYear(), WorkingCalendar::compute).get(date));
    }

    /** A weekend or a holiday: a deadline on such a day deserves a second look. */
    public boolean isDayOff(LocalDate date) {
        return isWeekend(date) || holiday(date).isPresent();
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isDayOff(date);
    }

    /** The first working day after this date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayOnOrAfter(date.plusDays(1));
    }

    /** This date when it is a working day, else the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (isDayOff(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** This date when it is a working day, else the last one before it. */
    public LocalDate workingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (isDayOff(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The day n working days after this one (n = 0: this day, moved to a working day). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        LocalDate day = workingDayOnOrAfter(date);
        for (int i = 0; i < n; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    private static Map<LocalDate, Holiday> compute(int year) {
        Map<LocalDate, Holiday> byDate = new HashMap<>();
        if (year >= 1900 && year <= 2199) {
            PublicHolidays.of(year).forEach(h -> byDate.put(h.date(), h));
        }
        return byDate;
    }
}
