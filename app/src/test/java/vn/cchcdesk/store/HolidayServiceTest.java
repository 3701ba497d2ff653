package vn.cchcdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.calendar.Holiday;
import vn.cchcdesk.domain.calendar.PublicHolidays;
import vn.cchcdesk.domain.calendar.WorkingCalendar;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.ui.ShellTestSupport;

/** The holiday list: filled in on first need for this year and the next, then the clerk's to edit. */
class HolidayServiceTest {

    @TempDir
    Path dir;
    private App app;

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK); // 20/05/2026
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theCurrentAndNextYearAreFilledInTheFirstTimeTheyAreNeeded() {
        assertThat(app.database().dsl().fetchCount(vn.cchcdesk.store.jooq.Tables.PUBLIC_HOLIDAY)).isZero();
        assertThat(app.holidays().ofYear(2026)).isEqualTo(PublicHolidays.of(2026));
        assertThat(app.holidays().ofYear(2027)).isEqualTo(PublicHolidays.of(2027));
        assertThat(app.holidays().ofYear(2028)).isEmpty();
        int rows = app.database().dsl().fetchCount(vn.cchcdesk.store.jooq.Tables.PUBLIC_HOLIDAY);
        app.holidays().calendar();
        assertThat(app.database().dsl().fetchCount(vn.cchcdesk.store.jooq.Tables.PUBLIC_HOLIDAY)).as("filled in once").isEqualTo(rows);
    }

    @Test
    void theClerksCorrectionsDecideTheWorkingDays() {
        LocalDate companion = LocalDate.of(2026, 9, 1);
        assertThat(app.holidays().calendar().isDayOff(companion)).isTrue();
        // the year's decision gives 3/9 instead of 1/9, and the province adds a day of its own
        app.holidays().save(companion, new Holiday(LocalDate.of(2026, 9, 3), "Quốc khánh (ngày liền kề 2/9)", false));
        app.holidays().save(null, new Holiday(LocalDate.of(2026, 6, 15), "  Nghỉ  theo quyết định của tỉnh ", false));
        app.holidays().delete(LocalDate.of(2026, 1, 1));

        WorkingCalendar calendar = app.holidays().calendar();
        assertThat(calendar.isDayOff(companion)).isFalse();
        assertThat(calendar.isDayOff(LocalDate.of(2026, 9, 3))).isTrue();
        assertThat(calendar.holiday(LocalDate.of(2026, 6, 15))).map(Holiday::name).contains("Nghỉ theo quyết định của tỉnh");
        assertThat(calendar.isDayOff(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(calendar.isDayOff(LocalDate.of(2028, 1, 1))).as("a year not in the list is computed").isTrue();
        assertThat(new AuditLog(app.database().dsl()).history("public_holiday", LocalDate.of(2026, 6, 15).toEpochDay())).hasSize(1);

        assertThat(app.holidays().addComputed(2026)).isEqualTo(2); // 1/1 and 1/9 come back; the clerk's days stay
        assertThat(app.holidays().ofYear(2026)).extracting(Holiday::date).contains(LocalDate.of(2026, 1, 1), companion,
                LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 3));
    }

    @Test
    void refusesADayTwiceAndABlankName() {
        app.holidays().calendar();
        assertThatThrownBy(() -> app.holidays().save(null, new Holiday(LocalDate.of(2026, 4, 30), "Trùng", false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.messageKey()).isEqualTo("tasks.holiday.dateTaken")));
        assertThatThrownBy(() -> app.holidays().save(null, new Holiday(LocalDate.of(2026, 6, 1), " ", false)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> app.holidays().delete(LocalDate.of(2026, 6, 2))).hasMessageContaining("tasks.holiday.notFound");
    }
}
