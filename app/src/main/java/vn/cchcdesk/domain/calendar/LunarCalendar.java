package vn.cchcdesk.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Optional;

/**
 * Lunar ⇄ solar conversion for the Vietnamese calendar: Hồ Ngọc Đức's algorithm ("Âm lịch Việt
 * Nam", after Jean Meeus, Astronomical Algorithms), computed for the meridian of UTC+7, which is
 * what makes the Vietnamese calendar differ from the Chinese one (UTC+8) in some years.
 *
 * <p>New moons start months; the month holding the winter solstice is month 11; a year with 13
 * months repeats the first month with no major solar term (trung khí). Valid for 1900–2199.
 */
public final class LunarCalendar {

    /** Vietnam's time zone, in hours: the calendar is defined for this meridian. */
    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the new moon of 1 January 1900, origin of the new-moon index k. */
    private static final double NEW_MOON_ORIGIN = 2415021.076998695;

    private LunarCalendar() {
    }

    /** The solar date of a lunar one; empty when the leap month asked for does not exist that year. */
    public static Optional<LocalDate> toSolar(LunarDate lunar) {
        checkYear(lunar.year());
        int a11;
        int b11;
        if (lunar.month() < 11) {
            a11 = lunarMonth11(lunar.year() - 1);
            b11 = lunarMonth11(lunar.year());
        } else {
            a11 = lunarMonth11(lunar.year());
            b11 = lunarMonth11(lunar.year() + 1);
        }
        int k = (int) Math.floor(0.5 + (a11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH);
        int off = lunar.month() - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonth = leapOff - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (lunar.leap() && lunar.month() != leapMonth) {
                return Optional.empty();
            }
            if (lunar.leap() || off >= leapOff) {
                off += 1;
            }
        } else if (lunar.leap()) {
            return Optional.empty();
        }
        int monthStart = newMoonDay(k + off);
        return Optional.of(fromJulianDay(monthStart + lunar.day() - 1));
    }

    /** The lunar date of a solar one. */
    public static LunarDate toLunar(LocalDate date) {
        checkYear(date.getYear());
        int dayNumber = julianDay(date);
        int k = (int) Math.floor((dayNumber - NEW_MOON_ORIGIN) / SYNODIC_MONTH);
        int monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        int yy = date.getYear();
        int a11 = lunarMonth11(yy);
        int b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = yy;
            a11 = lunarMonth11(yy - 1);
        } else {
            lunarYear = yy + 1;
            b11 = lunarMonth11(yy + 1);
        }
        int lunarDay = dayNumber - monthStart + 1;
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
    }

    /** Mùng 1 tháng Giêng: the first day of the lunar year that opens in this solar year. */
    public static LocalDate lunarNewYear(int year) {
        return toSolar(LunarDate.of(1, 1, year)).orElseThrow();
    }

    private static void checkYear(int year) {
        if (year < 1900 || year > 2199) {
            throw new IllegalArgumentException("Lunar calendar computed for 1900–2199 only: " + year);
        }
    }

    static int julianDay(LocalDate date) {
        return (int) date.getLong(JulianFields.JULIAN_DAY);
    }

    static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, julianDay);
    }

    /** Julian day (with fraction) of the k-th new moon after 1 January 1900. */
    private static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** The day (Julian day number, local time) on which the k-th new moon falls. */
    private static int newMoonDay(int k) {
        return (int) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's ecliptic longitude in radians at a Julian day (with fraction). */
    private static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /** Which of the 12 major solar terms (0–11, 30° each) the sun is in at the start of a local day. */
    private static int solarTerm(int dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** The first day of lunar month 11 (the month of the winter solstice) that begins in this solar year. */
    private static int lunarMonth11(int year) {
        int off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        int nm = newMoonDay(k);
        if (solarTerm(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** In a 13-month year starting at month 11 (a11), the offset of the leap month: the first with no major term. */
    private static int leapMonthOffset(int a11) {
        int k = (int) Math.floor((a11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH + 0.5);
        int last;
        int i = 1;
        int arc = solarTerm(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = solarTerm(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
