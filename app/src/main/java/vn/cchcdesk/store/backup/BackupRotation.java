package vn.cchcdesk.store.backup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to keep (one file per day): the newest of each of the last 7 days that
 * have one, of the last 4 ISO weeks, and of the last 12 months. Everything else may go.
 */
public final class BackupRotation {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    public static final int MONTHLY = 12;

    private BackupRotation() {
    }

    /** The days (each one automatic backup) to keep. */
    public static Set<LocalDate> keep(List<LocalDate> days) {
        List<LocalDate> newestFirst = days.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDate> keep = new LinkedHashSet<>();
        newestFirst.stream().limit(DAILY).forEach(keep::add);
        Set<String> weeks = new HashSet<>();
        Set<YearMonth> months = new HashSet<>();
        for (LocalDate day : newestFirst) {
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKLY && weeks.add(week)) {
                keep.add(day);
            }
            if (months.size() < MONTHLY && months.add(YearMonth.from(day))) {
                keep.add(day);
            }
        }
        return keep;
    }
}
