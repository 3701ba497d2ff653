package vn.cchcdesk.store.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackupRotationTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Test
    void twoYearsOfDailyBackupsKeepSevenDaysFourWeeksTwelveMonths() {
        List<LocalDate> days = IntStream.range(0, 730).mapToObj(START::plusDays).toList();
        Set<LocalDate> keep = BackupRotation.keep(days);
        LocalDate last = START.plusDays(729); // 31/12/2026, a Thursday
        assertThat(keep).contains(last, last.minusDays(6)).doesNotContain(START);
        assertThat(keep).filteredOn(d -> d.isAfter(last.minusDays(7))).hasSize(7);
        // the newest of each of the 12 last months: the month ends
        assertThat(keep).contains(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 11, 30));
        assertThat(keep).doesNotContain(LocalDate.of(2025, 12, 31));
        // the newest of the 4 last ISO weeks: Sundays 20/12 and 13/12 lie outside the 7 days
        assertThat(keep).contains(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 13));
        assertThat(keep).doesNotContain(LocalDate.of(2026, 12, 6));
        assertThat(keep.size()).isLessThanOrEqualTo(7 + 4 + 12);
    }

    @Test
    void fewBackupsAreAllKept() {
        List<LocalDate> days = List.of(START, START.plusDays(40), START.plusDays(100));
        assertThat(BackupRotation.keep(days)).containsExactlyInAnyOrderElementsOf(days);
        assertThat(BackupRotation.keep(List.of())).isEmpty();
    }
}
