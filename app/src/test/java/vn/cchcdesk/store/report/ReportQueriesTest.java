package vn.cchcdesk.store.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.ActivityLine;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.Figures;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.TaskLine;
import vn.cchcdesk.domain.report.TaskState;
import vn.cchcdesk.domain.report.UnitFigures;
import vn.cchcdesk.domain.settings.ReportingSettings;
import vn.cchcdesk.report.ReportFixture;

/** The figures of quarter II of 2026 in the fixture, worked out by hand from its rows. */
class ReportQueriesTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2026, 2);

    @TempDir
    static Path dir;
    private static App app;
    private static QuarterlyReport report;

    // the tests only read (one restores what it changes): one folder for all of them
    @BeforeAll
    static void open() {
        app = ReportFixture.open(dir);
        report = ReportFixture.queries(app).quarterly(Q2, ReportFixture.TODAY);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private FormFigures form(String code) {
        return report.summary().forms().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void spansFollowDecree09() {
        assertThat(report.windows().current()).isEqualTo(new DateRange(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 14)));
        assertThat(report.windows().yearToDate()).isEqualTo(new DateRange(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)));
        assertThat(report.windows().sameLastYear()).isEqualTo(new DateRange(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 6, 14)));
        // what a screen shows before the report is made
        assertThat(ReportFixture.queries(app).windows(Q2)).isEqualTo(report.windows());
    }

    @Test
    void quantitiesPerFormInTheThreeSpansWithoutTheTrash() {
        // 15/03 and 14/06 are inside, 15/06 belongs to quarter III, 14/12/2025 to the year before; the deleted 100 never counts
        assertThat(form("WEBSITE").quantity()).isEqualTo(new Figures(6, 12, 8));
        assertThat(form("WEBSITE").activities()).isEqualTo(new Figures(3, 5, 1));
        assertThat(form("RADIO").quantity()).isEqualTo(new Figures(8, 8, 0));
        assertThat(form("RADIO").minutes()).isEqualTo(new Figures(105, 105, 0));
        assertThat(form("CONFERENCE").participants()).isEqualTo(new Figures(230, 230, 0));
        assertThat(form("BANNER").quantity().current()).isEqualTo(1500);
        assertThat(form("VIDEO").quantity()).isEqualTo(Figures.ZERO);
    }

    @Test
    void formsInCatalogueOrderWithTheirGroups() {
        assertThat(report.summary().forms()).extracting(FormFigures::code).containsExactly("RADIO", "WEBSITE", "SOCIAL", "VIDEO",
                "INFOGRAPHIC", "EBOARD", "BANNER", "CONFERENCE", "MEETING", "CONTEST", "LEAFLET", "DIALOGUE");
        assertThat(report.summary().forms(FormGroup.ONLINE)).extracting(FormFigures::code)
                .containsExactly("WEBSITE", "SOCIAL", "VIDEO", "INFOGRAPHIC", "EBOARD");
        assertThat(form("WEBSITE").measureUnit()).isEqualTo("tin, bài");
    }

    @Test
    void annualPlanFromConfirmedTargetsMadeAnnual() {
        assertThat(form("WEBSITE").annualPlan()).isEqualTo(12L); // 3 a quarter
        assertThat(form("RADIO").annualPlan()).isEqualTo(24L); // 2 a month
        assertThat(form("CONFERENCE").annualPlan()).isEqualTo(2L);
        assertThat(form("SOCIAL").annualPlan()).isNull(); // only suggested by the reader
        assertThat(form("WEBSITE").planShare().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void directivesByArrivalAndIssueDate() {
        var directives = report.summary().directives();
        assertThat(directives.received()).isEqualTo(new Figures(1, 2, 1));
        assertThat(directives.plansIssued()).isEqualTo(new Figures(0, 1, 0));
        assertThat(directives.othersIssued()).isEqualTo(new Figures(1, 1, 0)); // its own report is not direction
        assertThat(report.received()).extracting(d -> d.arrivalNumber()).containsExactly(12);
        assertThat(report.issued()).extracting(d -> d.ref().number().format()).containsExactly("15/UBND-VHXH", "70/BC-UBND");
        assertThat(report.issued().get(0).recipients()).containsExactly("Các phòng, ban, đơn vị", "Lưu: VT, VHXH");
        assertThat(report.yearPlans()).extracting(p -> p.number().format()).containsExactly("42/KH-UBND");
    }

    @Test
    void tasksJudgedOnTheCutOff() {
        var tasks = report.summary().tasks();
        assertThat(tasks.total()).isEqualTo(new Figures(4, 5, 0));
        assertThat(tasks.done()).isEqualTo(new Figures(1, 2, 0));
        assertThat(tasks.inProgress()).isEqualTo(new Figures(2, 2, 0));
        assertThat(tasks.overdue()).isEqualTo(new Figures(1, 1, 0));
        assertThat(report.taskGroups()).extracting(g -> g.directive().number().format()).containsExactly("42/KH-UBND", "15/UBND-VHXH");
        List<TaskLine> letter = report.taskGroups().get(1).tasks();
        assertThat(letter).extracting(TaskLine::state).containsExactly(TaskState.DONE, TaskState.OVERDUE, TaskState.NOT_STARTED);
        assertThat(letter.get(0).leads()).containsExactly("Phòng Văn hóa - Xã hội");
        assertThat(letter.get(0).supports()).containsExactly("Văn phòng HĐND và UBND");
        assertThat(letter.get(2).requested()).containsExactly("Ủy ban MTTQ Việt Nam xã");
    }

    @Test
    void beforeTheCutOffTasksAreJudgedToday() {
        QuarterlyReport early = ReportFixture.queries(app).quarterly(Q2, LocalDate.of(2026, 4, 20));
        // the radio task due 01/05 is not yet overdue on 20/04; the conference task was not yet done
        assertThat(early.summary().tasks().overdue().current()).isZero();
        assertThat(early.summary().tasks().done().current()).isZero();
    }

    @Test
    void unitsWithTheirQuantitiesAndSubmission() {
        UnitFigures vhxh = report.units().stream().filter(u -> u.name().equals("Phòng Văn hóa - Xã hội")).findFirst().orElseThrow();
        assertThat(vhxh.activities()).isEqualTo(5);
        assertThat(vhxh.participants()).isEqualTo(150);
        assertThat(vhxh.submittedOn()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(report.units()).hasSize(12);
        assertThat(report.units().get(0).activities()).isZero();
    }

    @Test
    void websiteVisitsPerCalendarMonth() {
        assertThat(report.summary().websiteVisits()).isEqualTo(new Figures(4000, 5000, 1500));
    }

    @Test
    void detailsStreamInDateOrderEachTimeTheyAreWalked() {
        List<ActivityLine> lines = new ArrayList<>();
        report.details().forEach(lines::add);
        assertThat(lines).hasSize(9);
        assertThat(report.activityCount()).isEqualTo(9);
        assertThat(lines.get(0).date()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(lines.get(8).date()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(lines).extracting(ActivityLine::date).isSorted();
        List<ActivityLine> again = new ArrayList<>();
        report.details().forEach(again::add);
        assertThat(again).isEqualTo(lines);
        assertThat(report.highlights().get(0).participants()).isEqualTo(150);
    }

    @Test
    void calendarRuleCutsByMonths() {
        app.settings().saveReporting(new ReportingSettings(CutoffRule.CALENDAR, 5, 3));
        QuarterlyReport calendar;
        try {
            calendar = ReportFixture.queries(app).quarterly(Q2, ReportFixture.TODAY);
        } finally {
            app.settings().saveReporting(ReportingSettings.defaults());
        }
        assertThat(calendar.windows().current()).isEqualTo(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        // 10/04, 14/06 and 15/06; 15/03 now belongs to quarter I
        assertThat(calendar.summary().forms().stream().filter(f -> f.code().equals("WEBSITE")).findFirst().orElseThrow()
                .quantity().current()).isEqualTo(10);
    }

    @Test
    void cumulativePeriodsStartWithTheYear() {
        QuarterlyReport half = ReportFixture.queries(app).quarterly(new ReportingPeriod(2026, vn.cchcdesk.domain.period.PeriodKind.H1),
                ReportFixture.TODAY);
        assertThat(half.windows().current()).isEqualTo(half.windows().yearToDate());
        assertThat(half.summary().forms().stream().filter(f -> f.code().equals("WEBSITE")).findFirst().orElseThrow()
                .quantity()).isEqualTo(new Figures(12, 12, 8));
    }

    @Test
    void aFolderWithoutTheCommuneIsRefused(@TempDir Path empty) {
        try (App blank = App.open(empty, ReportFixture.CLOCK)) {
            assertThatThrownBy(() -> ReportFixture.queries(blank).quarterly(Q2, ReportFixture.TODAY))
                    .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).messageKey()).isEqualTo("reports.noCommune");
        }
    }
}
