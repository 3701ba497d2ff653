package vn.cchcdesk.domain.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An issue date whose day or month may be left blank, as in drafts ("ngày    tháng 3 năm 2026").
 * A known day needs a known month; the parts that are given must form a real date.
 */
public record PartialDate(Integer day, Integer month, Integer year) {

    public PartialDate {
        if (year == null && (month != null || day != null)) {
            throw new IllegalArgumentException("A day or month without a year is not a date");
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("A day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("Month out of range: " + month);
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("No such date: " + day + "/" + month + "/" + year, e);
            }
        }
    }

    /** The years the register accepts (the Republic's first documents onward). */
    public static final int MIN_YEAR = 1945;
    public static final int MAX_YEAR = 2200;
    private static final Pattern BLANK_PART = Pattern.compile("\\.{2,}|…|_+|\\?");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[/.\\-]\\s*");

    /**
     * Reads a date as the clerk types it, blanks allowed as in drafts: "05/03/2026", "5-3-2026",
     * "../03/2026", "/3/2026", "3/2026", "../../2026", "2026"; blank text is an unknown date. Empty
     * for anything else, including a day without a month or an impossible date (31/02/2026).
     */
    public static Optional<PartialDate> parse(String text) {
        String trimmed = text == null ? "" : BLANK_PART.matcher(text.strip()).replaceAll("?");
        if (trimmed.isEmpty()) {
            return Optional.of(unknown());
        }
        String[] parts = SEPARATOR.split(trimmed, -1);
        if (parts.length > 3 || !parts[parts.length - 1].matches("\\d{4}")) {
            return Optional.empty();
        }
        Integer year = Integer.valueOf(parts[parts.length - 1]);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Optional.empty();
        }
        Integer month = parts.length >= 2 ? part(parts[parts.length - 2]) : null;
        Integer day = parts.length == 3 ? part(parts[0]) : null;
        if (Integer.valueOf(-1).equals(month) || Integer.valueOf(-1).equals(day)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(day, month, year));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A day or month as typed: null when left blank, -1 when it is not a number. */
    private static Integer part(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equals("?")) {
            return null;
        }
        return t.matches("\\d{1,2}") ? Integer.valueOf(t) : -1;
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    public static PartialDate unknown() {
        return new PartialDate(null, null, null);
    }

    public boolean isComplete() {
        return day != null;
    }

    public boolean isUnknown() {
        return year == null;
    }

    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** The earliest day the date can be: used to place a partial date in a reporting period. */
    public Optional<LocalDate> earliest() {
        if (year == null) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day));
    }

    /** The latest day the date can be. */
    public Optional<LocalDate> latest() {
        if (year == null) {
            return Optional.empty();
        }
        if (month == null) {
            return Optional.of(LocalDate.of(year, 12, 31));
        }
        return Optional.of(day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day));
    }

    /** dd/MM/yyyy with blanks as "..": "../03/2026", "../../2026", "" when nothing is known. */
    public String format() {
        if (year == null) {
            return "";
        }
        String dd = day == null ? ".." : String.format("%02d", day);
        String mm = month == null ? ".." : String.format("%02d", month);
        return dd + "/" + mm + "/" + year;
    }

    /**
     * The date line of Nghị định 30, blanks kept as spaces for the hand to fill:
     * "ngày 05 tháng 3 năm 2026" — days below 10 and months 1 and 2 with a leading zero.
     */
    public String formatLong() {
        String dd = day == null ? "    " : String.format("%02d", day);
        String mm = month == null ? "    " : (month <= 2 ? String.format("%02d", month) : String.valueOf(month));
        String yyyy = year == null ? "    " : String.valueOf(year);
        return "ngày " + dd + " tháng " + mm + " năm " + yyyy;
    }
}
