package vn.cchcdesk.intake.sheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the value a field needs out of a cell, however it was typed: a real date cell or a date
 * typed as text (05/03/2026, 5/3/2026, 05-03-2026, 2026-03-05, 5/3/26); a number cell or a number
 * typed as text ("1.234", " 12 "). Each failure is a reason the clerk can read.
 */
final class CellValues {

    private static final Pattern DMY = Pattern.compile("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2}|\\d{4})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][0-9:.]+)?$");
    private static final Pattern WORDS = Pattern.compile(
            "^(?:ngay\\s+)?(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*,?\\s+nam\\s+(\\d{4})$");
    /** A whole number with "." (or ",", or a space) grouping thousands: 1.234.567. */
    private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}(?:([., ])\\d{3})(?:\\1\\d{3})*$");
    private static final Pattern PLAIN = Pattern.compile("^[+-]?\\d+$");
    private static final Pattern DECIMAL = Pattern.compile("^[+-]?\\d+[.,]\\d+$");
    /** Serial numbers of 1/1/2000 and 31/12/2100: a plain number in this range in a date column is a date. */
    private static final double FIRST_SERIAL = 36526;
    private static final double LAST_SERIAL = 73415;

    private CellValues() {
    }

    /** A value read, or the reason it could not be: a message key and its arguments. */
    record Read<T>(T value, String problemKey, List<Object> args) {

        static <T> Read<T> ok(T value) {
            return new Read<>(value, null, List.of());
        }

        static <T> Read<T> problem(String key, Object... args) {
            return new Read<>(null, key, List.of(args));
        }

        boolean failed() {
            return problemKey != null;
        }
    }

    static Read<LocalDate> date(Cell cell, boolean date1904) {
        if (cell == null || cell.isBlank()) {
            return Read.ok(null);
        }
        switch (cell.kind()) {
            case NUMBER -> {
                double serial = cell.number();
                if (!cell.dateFormatted() && (serial < FIRST_SERIAL || serial > LAST_SERIAL)) {
                    return Read.problem("collect.value.dateNumber", cell.display());
                }
                if (!DateUtil.isValidExcelDate(serial)) {
                    return Read.problem("collect.value.dateUnreadable", cell.display());
                }
                LocalDateTime time = DateUtil.getLocalDateTime(serial, date1904);
                return time == null ? Read.problem("collect.value.dateUnreadable", cell.display()) : Read.ok(time.toLocalDate());
            }
            case ERROR -> {
                return errorCell(cell);
            }
            default -> {
                return dateText(cell.text().strip());
            }
        }
    }

    static Read<LocalDate> dateText(String text) {
        Matcher m = DMY.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(3));
            return ymd(text, m.group(3).length() == 2 ? 2000 + year : year, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
        }
        m = ISO.matcher(text);
        if (m.matches()) {
            return ymd(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = WORDS.matcher(Headers.key(text));
        if (m.matches()) {
            return ymd(text, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return Read.problem("collect.value.dateUnreadable", text);
    }

    private static Read<LocalDate> ymd(String text, int year, int month, int day) {
        try {
            return Read.ok(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            if (month > 12 && day <= 12) {
                // 03/31/2026: month and day the American way round
                return Read.problem("collect.value.dateMonthFirst", text);
            }
            return Read.problem("collect.value.dateImpossible", text);
        }
    }

    /** A count: whole, not negative. Blank gives null. */
    static Read<Integer> count(Cell cell) {
        if (cell == null || cell.isBlank()) {
            return Read.ok(null);
        }
        double number;
        switch (cell.kind()) {
            case NUMBER -> number = cell.number();
            case ERROR -> {
                return errorCell(cell);
            }
            case BOOLEAN -> {
                return Read.problem("collect.value.notANumber", cell.display());
            }
            default -> {
                String text = cell.text().strip().replace('\u00A0', ' ');
                if (PLAIN.matcher(text).matches()) {
                    number = Double.parseDouble(text);
                } else if (GROUPED.matcher(text).matches()) {
                    number = Double.parseDouble(text.replaceAll("[., ]", ""));
                } else if (DECIMAL.matcher(text).matches()) {
                    number = Double.parseDouble(text.replace(',', '.'));
                } else {
                    return Read.problem("collect.value.notANumber", text);
                }
            }
        }
        if (number < 0) {
            return Read.problem("collect.value.negative", cell.display().strip());
        }
        if (number != Math.rint(number)) {
            return Read.problem("collect.value.notWhole", cell.display().strip());
        }
        if (number > vn.cchcdesk.domain.activity.Activity.COUNT_MAX) {
            return Read.problem("collect.value.tooLarge", cell.display().strip(),
                    vn.cchcdesk.domain.text.Formats.integer(vn.cchcdesk.domain.activity.Activity.COUNT_MAX));
        }
        return Read.ok((int) number);
    }

    /** Text as the clerk reads it: numbers written without ".0", mojibake repaired. */
    static Read<String> text(Cell cell) {
        if (cell == null || cell.isBlank()) {
            return Read.ok(null);
        }
        if (cell.kind() == Cell.Kind.ERROR) {
            return errorCell(cell);
        }
        return Read.ok(Mojibake.repair(cell.display()));
    }

    private static <T> Read<T> errorCell(Cell cell) {
        if (cell.text() != null && cell.text().startsWith("=")) {
            return Read.problem("collect.value.uncalculated", cell.text());
        }
        return Read.problem("collect.value.errorCell", cell.text());
    }
}
