package vn.cchcdesk.domain.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of a year (DOMAIN.md §6). Under Nghị định 09/2019 data is cut off from the
 * 15th of the month before the period to the 14th of its last month, so 20/12/2025 already
 * counts for quarter I of 2026; under the calendar rule periods follow calendar months.
 */
public record ReportingPeriod(int year, PeriodKind kind) implements Comparable<ReportingPeriod> {

    private static final Pattern CODE = Pattern.compile("^(\\d{4})(?:-(Q[1-4]|H1|6M|9M|M9))?$");
    private static final int CUTOFF_DAY = 14;

    public ReportingPeriod {
        if (year < 1945 || year > 2200) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
        if (kind == null) {
            throw new IllegalArgumentException("A period needs a kind");
        }
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        return new ReportingPeriod(year, PeriodKind.quarter(quarter));
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(year, PeriodKind.YEAR);
    }

    /** First day whose data belongs to the period. */
    public LocalDate from(CutoffRule rule) {
        if (rule == CutoffRule.CALENDAR) {
            return LocalDate.of(year, kind.firstMonth(), 1);
        }
        return YearMonth.of(year, kind.firstMonth()).minusMonths(1).atDay(CUTOFF_DAY + 1);
    }

    /** Last day whose data belongs to the period (the cut-off date). */
    public LocalDate to(CutoffRule rule) {
        if (rule == CutoffRule.CALENDAR) {
            return YearMonth.of(year, kind.lastMonth()).atEndOfMonth();
        }
        return LocalDate.of(year, kind.lastMonth(), CUTOFF_DAY);
    }

    public boolean contains(LocalDate date, CutoffRule rule) {
        return !date.isBefore(from(rule)) && !date.isAfter(to(rule));
    }

    /** The quarter a date's data is reported in. */
    public static ReportingPeriod quarterOf(LocalDate date, CutoffRule rule) {
        LocalDate shifted = rule == CutoffRule.DECREE_09 && date.getDayOfMonth() > CUTOFF_DAY
                ? date.plusMonths(1)
                : date;
        return quarter(shifted.getYear(), (shifted.getMonthValue() - 1) / 3 + 1);
    }

    /** Every period that reports a date: its quarter, then 6 months and 9 months where they apply, then the year. */
    public static List<ReportingPeriod> containing(LocalDate date, CutoffRule rule) {
        ReportingPeriod quarter = quarterOf(date, rule);
        List<ReportingPeriod> periods = new ArrayList<>(List.of(quarter));
        int q = quarter.kind().lastMonth() / 3;
        if (q <= 2) {
            periods.add(new ReportingPeriod(quarter.year(), PeriodKind.H1));
        }
        if (q <= 3) {
            periods.add(new ReportingPeriod(quarter.year(), PeriodKind.M9));
        }
        periods.add(year(quarter.year()));
        return periods;
    }

    /** The same period one year earlier ("cùng kỳ năm trước"). */
    public ReportingPeriod sameLastYear() {
        return new ReportingPeriod(year - 1, kind);
    }

    /** From the start of the reporting year to this period's cut-off ("lũy kế từ đầu năm"). */
    public LocalDate yearToDateFrom(CutoffRule rule) {
        return year(year).from(rule);
    }

    /** The month in which the period's deadlines fall (units report before a day of it). */
    public YearMonth lastMonth() {
        return YearMonth.of(year, kind.lastMonth());
    }

    /** "2026-Q2", "2026-H1", "2026-9M", "2026": the code used on the command line and in files. */
    public String code() {
        return kind == PeriodKind.YEAR ? String.valueOf(year) : year + "-" + kind.codeSuffix();
    }

    /** Reads a code as {@link #code()} writes it; also accepts "6M" for H1 and "M9" for 9M. */
    public static Optional<ReportingPeriod> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(code.trim().toUpperCase());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1945 || year > 2200) {
            return Optional.empty();
        }
        String suffix = m.group(2);
        if (suffix == null) {
            return Optional.of(year(year));
        }
        PeriodKind kind = switch (suffix) {
            case "H1", "6M" -> PeriodKind.H1;
            case "9M", "M9" -> PeriodKind.M9;
            default -> PeriodKind.valueOf(suffix);
        };
        return Optional.of(new ReportingPeriod(year, kind));
    }

    /** All periods of a year in the order a clerk picks them: Q1..Q4, 6 months, 9 months, year. */
    public static List<ReportingPeriod> allOf(int year) {
        return Arrays.stream(PeriodKind.values()).map(k -> new ReportingPeriod(year, k)).toList();
    }

    /** Roman numeral of a quarter ("II"), for titles such as "QUÝ II NĂM 2026"; empty otherwise. */
    public String quarterRoman() {
        return switch (kind) {
            case Q1 -> "I";
            case Q2 -> "II";
            case Q3 -> "III";
            case Q4 -> "IV";
            default -> "";
        };
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : kind.compareTo(other.kind);
    }

    @Override
    public String toString() {
        return code();
    }
}
