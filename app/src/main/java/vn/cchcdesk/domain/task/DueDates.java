package vn.cchcdesk.domain.task;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a task falls due, from its time frame:
 * <ul>
 *   <li>before a date ("trước 30/5/2026"): that date; "trước tháng 6": the last day of May;</li>
 *   <li>within a period ("trong tháng 5/2026", "quý II/2026", "từ 01/6 đến 30/6"): its last day;</li>
 *   <li>throughout a period ("Thường xuyên trong năm 2026"): the period's last day, when it is
 *       closed and its results reported;</li>
 *   <li>periodic ("hằng quý", "hằng tháng"): one date per month, quarter, half year or year of the
 *       task's year (or of its period when the time frame names one): the given day of the
 *       period's last month ("trước ngày 05 tháng cuối của quý" → 05/03, 05/06, 05/09, 05/12;
 *       "ngày 20 hằng tháng" → the 20th), or the period's last day when no day is given;</li>
 *   <li>no time frame: none.</li>
 * </ul>
 */
public final class DueDates {

    private DueDates() {
    }

    /**
     * @param year the task's year (usually its directive's), for periodic tasks whose time frame names no period
     */
    public static List<LocalDate> of(Timeframe timeframe, int year) {
        return switch (timeframe.kind()) {
            case NONE -> timeframe.dueDate() == null ? List.of() : List.of(timeframe.dueDate());
            case BY_DATE, WITHIN -> timeframe.dueDate() != null ? List.of(timeframe.dueDate())
                    : timeframe.periodTo() != null ? List.of(timeframe.periodTo()) : List.of();
            case ONGOING -> timeframe.periodTo() == null ? List.of() : List.of(timeframe.periodTo());
            case PERIODIC -> periodic(timeframe, year);
        };
    }

    private static List<LocalDate> periodic(Timeframe timeframe, int year) {
        LocalDate from = timeframe.periodFrom() != null ? timeframe.periodFrom() : LocalDate.of(year, 1, 1);
        LocalDate to = timeframe.periodTo() != null ? timeframe.periodTo() : LocalDate.of(year, 12, 31);
        int months = switch (timeframe.recurrence()) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
        };
        List<LocalDate> dates = new ArrayList<>();
        // periods are aligned on the calendar (quarters start in January, April, July, October);
        // each period that overlaps the task's span gives one deadline
        for (YearMonth first = YearMonth.of(from.getYear(), 1); !first.atDay(1).isAfter(to); first = first.plusMonths(months)) {
            YearMonth last = first.plusMonths(months - 1);
            if (last.atEndOfMonth().isBefore(from)) {
                continue;
            }
            dates.add(timeframe.recurrenceDay() == null ? last.atEndOfMonth()
                    : last.atDay(Math.min(timeframe.recurrenceDay(), last.lengthOfMonth())));
        }
        return List.copyOf(dates);
    }
}
