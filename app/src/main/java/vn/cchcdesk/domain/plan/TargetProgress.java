package vn.cchcdesk.domain.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan target against the activities logged, period by period (calendar months, quarters or the
 * year, each period asking for the full quantity), on a given day:
 * <ul>
 *   <li>BEHIND: a period that has ended fell short; that period cannot be made good.</li>
 *   <li>AT_RISK: no period fell short, but the current one is not yet met and either fewer items
 *       than its pro-rata share (in whole items) are done, or it ends within
 *       {@value #FINAL_DAYS} days.</li>
 *   <li>MET: every period so far is met, the current one included.</li>
 *   <li>ON_TRACK: no period fell short and the current one keeps pace but is not yet met.</li>
 * </ul>
 * The reports and the PAR self-assessment use {@link #metForYear()}: every period of the year met.
 *
 * @param doneInYear activities of the form counted over the whole year
 */
public record TargetProgress(PlanTarget target, List<PeriodProgress> periods, TargetStatus status, int doneInYear) {

    /** The last days of a period in which an unmet target is flagged whatever its pace. */
    public static final int FINAL_DAYS = 7;

    public TargetProgress {
        periods = List.copyOf(periods);
    }

    /**
     * @param monthlyDone what was done in each month of the target's year (1–12; absent months are 0),
     *                    e.g. the sum of the quantities of the year's activities of the target's form
     */
    public static TargetProgress evaluate(PlanTarget target, Map<Integer, Integer> monthlyDone, LocalDate today) {
        List<PeriodProgress> periods = new ArrayList<>();
        int months = target.per().months();
        for (int firstMonth = 1; firstMonth <= 12; firstMonth += months) {
            LocalDate from = LocalDate.of(target.year(), firstMonth, 1);
            LocalDate to = YearMonth.of(target.year(), firstMonth + months - 1).atEndOfMonth();
            int done = 0;
            for (int m = firstMonth; m < firstMonth + months; m++) {
                done += monthlyDone.getOrDefault(m, 0);
            }
            periods.add(new PeriodProgress(from, to, target.quantity(), done, !today.isBefore(from), today.isAfter(to)));
        }
        int year = monthlyDone.values().stream().mapToInt(Integer::intValue).sum();
        return new TargetProgress(target, periods, status(periods, today), year);
    }

    private static TargetStatus status(List<PeriodProgress> periods, LocalDate today) {
        if (periods.stream().anyMatch(PeriodProgress::missed)) {
            return TargetStatus.BEHIND;
        }
        Optional<PeriodProgress> current = periods.stream().filter(PeriodProgress::current).findFirst();
        if (current.isEmpty() || current.get().met()) {
            // before the year nothing is due yet; after it, every period was met
            return periods.get(0).started() ? TargetStatus.MET : TargetStatus.ON_TRACK;
        }
        PeriodProgress p = current.get();
        long length = ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
        long elapsed = ChronoUnit.DAYS.between(p.from(), today) + 1;
        long share = p.required() * elapsed / length;
        long left = ChronoUnit.DAYS.between(today, p.to());
        return p.done() < share || left < FINAL_DAYS ? TargetStatus.AT_RISK : TargetStatus.ON_TRACK;
    }

    /** The period holding this day, if it is in the target's year. */
    public Optional<PeriodProgress> periodOf(LocalDate day) {
        return periods.stream().filter(p -> !day.isBefore(p.from()) && !day.isAfter(p.to())).findFirst();
    }

    /** Every period of the year reached its quantity (what the PAR criterion 4.1 counts as a target met). */
    public boolean metForYear() {
        return periods.stream().allMatch(PeriodProgress::met);
    }

    /** Share of the year's periods met so far, 0–1. */
    public double shareOfPeriodsMet() {
        return periods.stream().filter(PeriodProgress::met).count() / (double) periods.size();
    }
}
