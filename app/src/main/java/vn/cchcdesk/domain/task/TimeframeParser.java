package vn.cchcdesk.domain.task;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Reads the time frames of DOMAIN.md §4. Works on folded text (no accents, lower case), so
 * "hằng quý", "hàng quý" and "HẰNG QUÝ" read alike. Checks run from the most specific meaning to
 * the least: a recurrence, a date range, a day, a month, a quarter, a half year, a year, "thường
 * xuyên". Anything else keeps its text with kind NONE, for the clerk to read.
 */
final class TimeframeParser {

    private static final String DAY_MONTH = "(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}))?";
    private static final String LONG_DATE = "ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?";
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(?:" + DAY_MONTH + "|" + LONG_DATE + ")(?![\\d/])");
    private static final Pattern RANGE_START = Pattern.compile("\\btu\\s+(?:ngay\\s+)?$");
    private static final Pattern RANGE_END = Pattern.compile("^\\s*(?:den|toi|-)\\s+(?:ngay\\s+)?");
    private static final Pattern RECURRENCE = Pattern.compile(
            "\\b(?:hang|moi|dinh ky(?: hang)?)\\s+(tuan|thang|quy|6 thang|nam)\\b");
    /** "trước ngày 05 tháng cuối của quý", "ngày 20 hằng tháng": a day with no month number. */
    private static final Pattern RECURRENCE_DAY = Pattern.compile("\\bngay\\s+(\\d{1,2})\\b(?!\\s*[/.\\-]\\s*\\d)(?!\\s+thang\\s+\\d)");
    private static final Pattern BEFORE = Pattern.compile("\\b(?:truoc|cham nhat|han chot|thoi han|khong qua)\\b");
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "\\btu\\s+thang\\s+(\\d{1,2})(?:\\s*(?:/|nam)\\s*(\\d{4}))?\\s+(?:den|toi|-)\\s+(?:het\\s+)?thang\\s+(\\d{1,2})(?:\\s*(?:/|nam)\\s*(\\d{4}))?");
    private static final Pattern MONTH = Pattern.compile("\\bthang\\s+(\\d{1,2})(?:\\s*(?:/|nam)\\s*(\\d{4}))?(?![\\d/])");
    private static final Pattern QUARTER = Pattern.compile("\\bquy\\s+(iv|i{1,3}|[1-4])\\b(?:\\s*(?:/|nam)\\s*(\\d{4}))?");
    private static final Pattern HALF = Pattern.compile("\\b6 thang (dau|cuoi)(?: nam)?(?:\\s*(?:/|nam)?\\s*(\\d{4}))?");
    private static final Pattern YEARS = Pattern.compile("\\b(?:giai doan|tu nam|nam)\\s+(\\d{4})\\s*(?:-|den)\\s*(?:nam\\s+)?(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\bnam\\s+(\\d{4})\\b");
    private static final Pattern ONGOING = Pattern.compile("\\b(?:thuong xuyen|lien tuc|ca nam|hang ngay|hang tuan|suot)\\b");

    private TimeframeParser() {
    }

    static Timeframe parse(String text, int defaultYear) {
        String written = VietnameseText.cleanOrNull(text);
        if (written == null) {
            return Timeframe.none();
        }
        String f = VietnameseText.fold(written);
        return recurring(written, f)
                .or(() -> dateRange(written, f, defaultYear))
                .or(() -> byDate(written, f, defaultYear))
                .or(() -> monthRange(written, f, defaultYear))
                .or(() -> month(written, f, defaultYear))
                .or(() -> quarter(written, f, defaultYear))
                .or(() -> halfYear(written, f, defaultYear))
                .or(() -> years(written, f))
                .or(() -> year(written, f))
                .orElseGet(() -> ONGOING.matcher(f).find()
                        ? new Timeframe(TimeframeKind.ONGOING, written, null, null, null, null, null)
                        : new Timeframe(TimeframeKind.NONE, written, null, null, null, null, null));
    }

    /** "hằng quý, 6 tháng, năm (gửi trước ngày 05 tháng cuối của quý)": the first period named is the most frequent. */
    private static Optional<Timeframe> recurring(String written, String f) {
        Matcher m = RECURRENCE.matcher(f);
        if (!m.find()) {
            return Optional.empty();
        }
        Recurrence recurrence = switch (m.group(1)) {
            case "thang" -> Recurrence.MONTHLY;
            case "quy" -> Recurrence.QUARTERLY;
            case "6 thang" -> Recurrence.HALF_YEARLY;
            case "nam" -> Recurrence.YEARLY;
            default -> null; // weekly: no such recurrence in the task table; read as ongoing
        };
        if (recurrence == null) {
            return Optional.of(new Timeframe(TimeframeKind.ONGOING, written, null, null, null, null, null));
        }
        Matcher day = RECURRENCE_DAY.matcher(f);
        Integer recurrenceDay = null;
        if (day.find()) {
            int d = Integer.parseInt(day.group(1));
            recurrenceDay = d >= 1 && d <= 31 ? d : null;
        }
        return Optional.of(new Timeframe(TimeframeKind.PERIODIC, written, null, null, null, recurrence, recurrenceDay));
    }

    /** "từ ngày 01/6 đến ngày 30/6/2026": a period with days; its end is the deadline. */
    private static Optional<Timeframe> dateRange(String written, String f, int defaultYear) {
        Matcher m = DATE.matcher(f);
        while (m.find()) {
            if (!RANGE_START.matcher(f.substring(0, m.start())).find()) {
                continue;
            }
            Matcher end = DATE.matcher(f);
            if (!end.find(m.end()) || !RANGE_END.matcher(f.substring(m.end(), end.start())).matches()) {
                continue;
            }
            Optional<LocalDate> to = date(end, defaultYear);
            Optional<LocalDate> from = to.flatMap(t -> date(m, t.getYear()));
            if (from.isPresent() && !from.get().isAfter(to.get())) {
                return Optional.of(new Timeframe(TimeframeKind.WITHIN, written, from.get(), to.get(), to.get(), null, null));
            }
        }
        return Optional.empty();
    }

    /** "trước 30/5/2026", "Thời hạn: 15/6", "chậm nhất ngày 12 tháng 6 năm 2026". */
    private static Optional<Timeframe> byDate(String written, String f, int defaultYear) {
        Matcher m = DATE.matcher(f);
        while (m.find()) {
            Optional<LocalDate> due = date(m, defaultYear);
            if (due.isPresent()) {
                return Optional.of(new Timeframe(TimeframeKind.BY_DATE, written, null, null, due.get(), null, null));
            }
        }
        return Optional.empty();
    }

    private static Optional<Timeframe> monthRange(String written, String f, int defaultYear) {
        Matcher m = MONTH_RANGE.matcher(f);
        if (!m.find()) {
            return Optional.empty();
        }
        int toYear = m.group(4) != null ? Integer.parseInt(m.group(4)) : defaultYear;
        int fromYear = m.group(2) != null ? Integer.parseInt(m.group(2)) : toYear;
        Optional<YearMonth> from = yearMonth(fromYear, m.group(1));
        Optional<YearMonth> to = yearMonth(toYear, m.group(3));
        if (from.isEmpty() || to.isEmpty() || from.get().isAfter(to.get())) {
            return Optional.empty();
        }
        return Optional.of(within(written, from.get().atDay(1), to.get().atEndOfMonth()));
    }

    /** "Hoàn thành trong tháng 5/2026", "(dự kiến tháng 6/2026)"; "trước tháng 6" ends with May. */
    private static Optional<Timeframe> month(String written, String f, int defaultYear) {
        Matcher m = MONTH.matcher(f);
        while (m.find()) {
            int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : defaultYear;
            Optional<YearMonth> month = yearMonth(year, m.group(1));
            if (month.isEmpty()) {
                continue;
            }
            if (BEFORE.matcher(f.substring(0, m.start())).find()) {
                LocalDate end = month.get().atDay(1).minusDays(1);
                return Optional.of(new Timeframe(TimeframeKind.BY_DATE, written, null, end, null, null, null));
            }
            return Optional.of(within(written, month.get().atDay(1), month.get().atEndOfMonth()));
        }
        return Optional.empty();
    }

    private static Optional<Timeframe> quarter(String written, String f, int defaultYear) {
        Matcher m = QUARTER.matcher(f);
        if (!m.find()) {
            return Optional.empty();
        }
        int q = switch (m.group(1)) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
        int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : yearIn(f).orElse(defaultYear);
        YearMonth first = YearMonth.of(year, q * 3 - 2);
        return Optional.of(within(written, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
    }

    private static Optional<Timeframe> halfYear(String written, String f, int defaultYear) {
        Matcher m = HALF.matcher(f);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : yearIn(f).orElse(defaultYear);
        boolean first = m.group(1).equals("dau");
        return Optional.of(within(written, LocalDate.of(year, first ? 1 : 7, 1), LocalDate.of(year, first ? 6 : 12, first ? 30 : 31)));
    }

    /** "Thường xuyên trong năm 2026" runs all year; "trong năm 2026" is done within it. */
    private static Optional<Timeframe> year(String written, String f) {
        return yearIn(f).map(year -> new Timeframe(
                ONGOING.matcher(f).find() ? TimeframeKind.ONGOING : TimeframeKind.WITHIN,
                written, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null));
    }

    /** "giai đoạn 2021-2030": a span of whole years. */
    private static Optional<Timeframe> years(String written, String f) {
        Matcher m = YEARS.matcher(f);
        if (!m.find()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        return from > to ? Optional.empty() : Optional.of(within(written, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)));
    }

    private static Timeframe within(String written, LocalDate from, LocalDate to) {
        return new Timeframe(TimeframeKind.WITHIN, written, from, to, null, null, null);
    }

    private static Optional<Integer> yearIn(String f) {
        Matcher m = YEAR.matcher(f);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static Optional<YearMonth> yearMonth(int year, String month) {
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12 ? Optional.of(YearMonth.of(year, m)) : Optional.empty();
    }

    /** A DATE match as a day: groups 1-3 for 30/5/2026, 4-6 for "ngày 30 tháng 5 năm 2026". */
    private static Optional<LocalDate> date(Matcher m, int defaultYear) {
        int base = m.group(1) != null ? 1 : 4;
        try {
            int year = m.group(base + 2) != null ? Integer.parseInt(m.group(base + 2)) : defaultYear;
            return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(base + 1)), Integer.parseInt(m.group(base))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
