package vn.cchcdesk.domain.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Vietnamese formats: dates dd/MM/yyyy, thousands grouped with "." and decimals with ",". */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern DATE_INPUT = Pattern.compile("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})$");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * Reads a date typed the Vietnamese way: 05/03/2026, 5/3/2026, 05-03-2026, 05.03.2026.
     * Empty for anything else, including impossible dates such as 31/02/2026.
     */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE_INPUT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 1234567 → "1.234.567". */
    public static String integer(long value) {
        return numberFormat("#,##0").format(value);
    }

    /** 85.5 → "85,5"; at most the given number of decimals. */
    public static String decimal(double value, int maxDecimals) {
        return numberFormat("#,##0." + "#".repeat(Math.max(1, maxDecimals))).format(value);
    }

    private static DecimalFormat numberFormat(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(VietnameseText.VIETNAMESE);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }
}
