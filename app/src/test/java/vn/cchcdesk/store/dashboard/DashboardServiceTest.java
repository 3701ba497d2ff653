package vn.cchcdesk.store.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.store.TaskFixtures.activity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.settings.ReportingSettings;
import vn.cchcdesk.ui.ShellTestSupport;

/** The start screen's figures read from a real H2 file on 20/05/2026. */
class DashboardServiceTest {

    @TempDir
    Path dir;
    private App app;

    @BeforeEach
    void open() {
        ShellTestSupport.setUpCommune(dir);
        app = App.open(dir, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void activitiesAreCountedPerMonthAndGroupLeavingTheTrashAndOtherYearsOut() {
        activity(app, "RADIO", LocalDate.of(2026, 3, 1), 5, false);
        activity(app, "RADIO", LocalDate.of(2026, 3, 31), 1, false);
        activity(app, "WEBSITE", LocalDate.of(2026, 3, 9), 1, false);
        activity(app, "EBOARD", LocalDate.of(2026, 12, 31), 1, false);
        activity(app, "BANNER", LocalDate.of(2026, 4, 2), 1, true);
        activity(app, "BANNER", LocalDate.of(2025, 12, 31), 1, false);
        MonthlyActivities m = app.dashboard().activities(2026);
        assertThat(m.count(FormGroup.TRADITIONAL, 3)).as("rows, not quantities").isEqualTo(2);
        assertThat(m.count(FormGroup.ONLINE, 3)).isEqualTo(1);
        assertThat(m.count(FormGroup.ONLINE, 12)).isEqualTo(1);
        assertThat(m.count(FormGroup.TRADITIONAL, 4)).isZero();
        assertThat(m.total()).isEqualTo(4);
        assertThat(app.dashboard().activities(2025).total()).isEqualTo(1);
    }

    @Test
    void reportDeadlinesComeFromTheSettingsAndShareALineWhenTheyFallTogether() {
        List<UpcomingDeadline> upcoming = app.dashboard().figures(2026).upcoming();
        assertThat(upcoming).extracting(UpcomingDeadline::kind, UpcomingDeadline::date, UpcomingDeadline::periods).startsWith(
                org.assertj.core.groups.Tuple.tuple(UpcomingDeadline.Kind.UNIT_SUBMISSIONS, LocalDate.of(2026, 6, 5),
                        List.of("2026-Q2", "2026-H1")),
                // cut-off Sunday 14/06, three working days after the Monday
                org.assertj.core.groups.Tuple.tuple(UpcomingDeadline.Kind.COMMUNE_REPORT, LocalDate.of(2026, 6, 18),
                        List.of("2026-Q2", "2026-H1")),
                org.assertj.core.groups.Tuple.tuple(UpcomingDeadline.Kind.UNIT_SUBMISSIONS, LocalDate.of(2026, 9, 5),
                        List.of("2026-Q3", "2026-9M")));

        app.settings().saveReporting(new ReportingSettings(CutoffRule.CALENDAR, 12, 5));
        List<UpcomingDeadline> calendar = app.dashboard().figures(2026).upcoming();
        assertThat(calendar.get(0).date()).isEqualTo(LocalDate.of(2026, 6, 12));
        // 30/06 is a Tuesday: five working days later
        assertThat(calendar.get(1).date()).isEqualTo(LocalDate.of(2026, 7, 7));
        assertThat(calendar).hasSize(DashboardService.UPCOMING_SHOWN);
    }
}
