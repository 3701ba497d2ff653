package vn.cchcdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityRow;
import vn.cchcdesk.domain.activity.FormTotal;
import vn.cchcdesk.domain.activity.WebsiteVisits;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.ui.ShellTestSupport;

class ActivityServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ShellTestSupport.CLOCK);

    @TempDir
    Path dir;
    private App app;
    private long vhxh;
    private long doanThanhNien;
    private long radio;
    private long website;
    private long conference;

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK);
        vhxh = unit("VHXH");
        doanThanhNien = unit("ĐTN");
        radio = form("RADIO");
        website = form("WEBSITE");
        conference = form("CONFERENCE");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long unit(String shortName) {
        return app.catalog().units().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow().id();
    }

    private long form(String code) {
        return app.catalog().forms().stream().filter(f -> code.equals(f.code())).findFirst().orElseThrow().id();
    }

    private Activity broadcast(LocalDate date, String title, int quantity, int minutes) {
        return new Activity(null, date, vhxh, radio, title, quantity, minutes, null, null, null, null, null, null, null);
    }

    private Activity conference(LocalDate date, String title, int participants) {
        return new Activity(null, date, doanThanhNien, conference, title, 1, 180, participants, null, null, null, null,
                2_500_000L, "Tại hội trường UBND xã");
    }

    private int rows() {
        return app.database().dsl().fetchCount(ACTIVITY);
    }

    @Test
    void savesReadsBackAndChangesAnActivityWithItsAuditLines() {
        Activity saved = app.activities().save(conference(LocalDate.of(2026, 3, 10), "Hội nghị triển khai Đề án 06", 120));
        assertThat(app.activities().find(saved.id())).contains(saved);

        Activity changed = new Activity(saved.id(), saved.date(), saved.unitId(), saved.formId(), "Hội nghị triển khai Đề án 06 năm 2026",
                1, 150, 135, "https://dinhtan.thanhhoa.gov.vn/tin-tuc/hoi-nghi", null, null, null, null, null);
        app.activities().save(changed);
        assertThat(app.activities().find(saved.id())).contains(changed);
        assertThat(app.audit().history("activity", saved.id())).extracting(AuditLog.Entry::action)
                .containsExactly(AuditLog.Action.UPDATE, AuditLog.Action.CREATE);
    }

    @Test
    void storesTextAsNfcAndTrimmed() {
        String decomposed = java.text.Normalizer.normalize("  Phát thanh   chuyên mục CCHC  ", java.text.Normalizer.Form.NFD);
        Activity saved = app.activities().save(broadcast(LocalDate.of(2026, 3, 2), decomposed, 1, 15));
        assertThat(app.activities().find(saved.id()).orElseThrow().title()).isEqualTo("Phát thanh chuyên mục CCHC");
    }

    @Test
    void namesEveryProblemOfABadActivityAndWritesNothing() {
        Activity bad = new Activity(null, LocalDate.of(1999, 12, 31), null, radio, " ", -1, -5, 2_000_000, "x".repeat(1001),
                null, null, null, -1L, "y".repeat(4001));
        assertThatThrownBy(() -> app.activities().save(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
                        .containsExactlyInAnyOrder("date", "unit", "title", "quantity", "durationMinutes", "participants",
                                "link", "costVnd", "notes"));
        Activity tooLate = broadcast(TODAY.plusYears(1).plusDays(1), "Phát thanh", 1, 10);
        assertThatThrownBy(() -> app.activities().save(tooLate))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::messageKey)
                        .containsExactly("activities.validation.dateTooLate"));
        assertThat(broadcast(TODAY.plusYears(1), "Phát thanh", 1, 10).validate(TODAY)).isEmpty();
        Activity longTitle = broadcast(LocalDate.of(2026, 1, 5), "t".repeat(Activity.TITLE_MAX), 0, 0);
        assertThat(longTitle.validate(TODAY)).isEmpty();
        assertThat(rows()).isZero();
    }

    @Test
    void aReferenceToSomethingThatIsNotThereIsAProblemNotADatabaseError() {
        Activity orphan = new Activity(null, LocalDate.of(2026, 3, 2), 999_999L, radio, "Phát thanh", 1, null, null, null,
                888_888L, null, null, null, null);
        assertThatThrownBy(() -> app.activities().save(orphan))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("unit", "activities.validation.unknownReference"),
                                org.assertj.core.groups.Tuple.tuple("task", "activities.validation.unknownReference")));
        assertThat(rows()).isZero();
    }

    @Test
    void movesManyToTheTrashAndRestoresThem() {
        List<Activity> saved = app.activities().saveAll(List.of(
                broadcast(LocalDate.of(2026, 1, 5), "Phát thanh chuyên mục CCHC tháng 1", 4, 15),
                broadcast(LocalDate.of(2026, 2, 5), "Phát thanh chuyên mục CCHC tháng 2", 4, 15),
                conference(LocalDate.of(2026, 2, 20), "Hội nghị triển khai Đề án 06", 80)));
        List<Long> firstTwo = List.of(saved.get(0).id(), saved.get(1).id());

        assertThat(app.activities().moveToTrash(firstTwo)).isEqualTo(2);
        assertThat(app.activities().moveToTrash(firstTwo)).as("already in the trash").isZero();
        assertThat(app.activities().find(saved.get(0).id())).isEmpty();
        assertThat(app.activities().count(ActivityFilter.all())).isEqualTo(1);
        assertThat(app.activities().search(ActivityFilter.all().inTrash(), 0, 10)).extracting(ActivityRow::id)
                .containsExactly(saved.get(1).id(), saved.get(0).id());
        assertThat(app.activities().totals(ActivityFilter.all())).extracting(FormTotal::formId).containsExactly(conference);

        assertThat(app.activities().restore(List.of(saved.get(0).id(), saved.get(2).id()))).as("the live one is left alone").isEqualTo(1);
        assertThat(app.activities().count(ActivityFilter.all())).isEqualTo(2);
        assertThat(app.activities().find(saved.get(0).id())).contains(saved.get(0));
        assertThat(app.audit().history("activity", saved.get(0).id())).extracting(AuditLog.Entry::action)
                .containsExactlyInAnyOrder(AuditLog.Action.CREATE, AuditLog.Action.DELETE, AuditLog.Action.RESTORE);
        assertThat(app.audit().history("activity", saved.get(2).id())).hasSize(1);
        assertThatThrownBy(() -> app.activities().save(saved.get(1))).as("an activity in the trash is not edited")
                .isInstanceOf(vn.cchcdesk.domain.AppException.class);
    }

    @Test
    void filtersByDatesUnitsFormsGroupAndAccentFreeWords() {
        app.activities().saveAll(List.of(
                broadcast(LocalDate.of(2025, 12, 14), "Phát thanh chuyên mục CCHC tháng 12", 4, 15),
                broadcast(LocalDate.of(2025, 12, 15), "Phát thanh về dịch vụ công trực tuyến", 2, 10),
                new Activity(null, LocalDate.of(2026, 1, 20), vhxh, website, "Đăng tin Hội nghị triển khai Đề án 06", 1, null,
                        null, "https://dinhtan.thanhhoa.gov.vn/hoi-nghi-de-an-06", null, null, null, null, null),
                conference(LocalDate.of(2026, 3, 14), "Hội nghị triển khai Đề án 06", 120),
                conference(LocalDate.of(2026, 3, 15), "Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng", 45)));

        ActivityFilter q1 = ActivityFilter.all().in(ReportingPeriod.quarter(2026, 1), CutoffRule.DECREE_09);
        assertThat(titles(q1)).containsExactly("Hội nghị triển khai Đề án 06", "Đăng tin Hội nghị triển khai Đề án 06",
                "Phát thanh về dịch vụ công trực tuyến");
        assertThat(titles(ActivityFilter.all().units(List.of(doanThanhNien)))).hasSize(2);
        assertThat(titles(ActivityFilter.all().forms(List.of(radio, website)))).hasSize(3);
        assertThat(titles(ActivityFilter.all().group(FormGroup.ONLINE))).containsExactly("Đăng tin Hội nghị triển khai Đề án 06");
        assertThat(titles(ActivityFilter.all().search("de an 06 HOI NGHI"))).hasSize(2);
        assertThat(titles(ActivityFilter.all().search("đoàn thanh niên kỹ năng"))).as("unit names are searched too")
                .containsExactly("Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng");
        assertThat(titles(ActivityFilter.all().search("hoi truong"))).as("notes are searched").hasSize(2);
        assertThat(titles(ActivityFilter.all().search("100%"))).as("a LIKE wildcard is a plain character").isEmpty();
        assertThat(titles(ActivityFilter.all().search("   "))).hasSize(5);
        assertThat(app.activities().count(q1.units(List.of(vhxh)))).isEqualTo(2);
    }

    private List<String> titles(ActivityFilter filter) {
        return app.activities().search(filter, 0, 100).stream().map(r -> r.activity().title()).toList();
    }

    @Test
    void pagesThroughTheListNewestFirstWithNamesForDisplay() {
        List<Activity> many = IntStream.rangeClosed(1, 25)
                .mapToObj(d -> broadcast(LocalDate.of(2026, 1, d), "Phát thanh ngày " + d, 1, 10)).toList();
        app.activities().saveAll(many);
        List<ActivityRow> page = app.activities().search(ActivityFilter.all(), 10, 10);
        assertThat(page).extracting(r -> r.activity().date().getDayOfMonth()).containsExactly(15, 14, 13, 12, 11, 10, 9, 8, 7, 6);
        assertThat(page.get(0).unitName()).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(page.get(0).formName()).isEqualTo("Chương trình phát thanh (đài truyền thanh cơ sở)");
        assertThat(page.get(0).measureUnit()).isEqualTo("chương trình");
        assertThat(page.get(0).group()).isEqualTo(FormGroup.TRADITIONAL);
        assertThat(app.activities().search(ActivityFilter.all(), 20, 10)).hasSize(5);
    }

    @Test
    void addsUpTheFilteredActivitiesByForm() {
        app.activities().saveAll(List.of(
                broadcast(LocalDate.of(2026, 1, 5), "Phát thanh chuyên mục CCHC tháng 1", 4, 15),
                broadcast(LocalDate.of(2026, 2, 5), "Phát thanh chuyên mục CCHC tháng 2", 3, 20),
                conference(LocalDate.of(2026, 2, 20), "Hội nghị triển khai Đề án 06", 80),
                conference(LocalDate.of(2026, 4, 20), "Hội nghị sơ kết quý I", 60)));
        assertThat(app.activities().totals(ActivityFilter.all().between(null, LocalDate.of(2026, 3, 31))))
                .containsExactly(
                        new FormTotal(radio, "Chương trình phát thanh (đài truyền thanh cơ sở)", "chương trình", FormGroup.TRADITIONAL, 2, 7, 0, 35),
                        new FormTotal(conference, "Hội nghị, hội thảo, tập huấn", "hội nghị", FormGroup.TRADITIONAL, 1, 1, 80, 180));
        assertThat(app.activities().totals(ActivityFilter.all().search("khong co"))).isEmpty();
    }

    @Test
    void saveAllWritesThousandsInOneTransaction() {
        List<Activity> many = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            many.add(broadcast(LocalDate.of(2026, 1, 1).plusDays(i % 120), "Phát thanh số " + i, 1 + i % 5, 10));
        }
        List<Activity> saved = app.activities().saveAll(many);
        assertThat(saved).hasSize(2_345).allSatisfy(a -> assertThat(a.id()).isNotNull());
        assertThat(saved).extracting(Activity::id).doesNotHaveDuplicates().isSorted();
        assertThat(app.activities().find(saved.get(1_234).id()).orElseThrow().title()).isEqualTo("Phát thanh số 1234");
        assertThat(app.activities().count(ActivityFilter.all())).isEqualTo(2_345);
        assertThat(app.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("activity"))).isEqualTo(2_345);
    }

    @Test
    void aBadRowInSaveAllLeavesNothingWritten() {
        List<Activity> many = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            many.add(broadcast(LocalDate.of(2026, 1, 1).plusDays(i % 90), "Phát thanh số " + i, 1, 10));
        }
        List<Activity> withBadRow = new ArrayList<>(many);
        withBadRow.set(1_100, broadcast(LocalDate.of(2026, 1, 1), " ", 1, 10));
        assertThatThrownBy(() -> app.activities().saveAll(withBadRow))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
                        .containsExactly("rows[1100].title"));
        assertThat(rows()).isZero();

        // a failure inside the database, after two batches of rows were already inserted, rolls them all back
        app.database().dsl().execute("ALTER TABLE activity ADD CONSTRAINT ck_test_refuse CHECK (title <> 'Phát thanh số 1150')");
        assertThatThrownBy(() -> app.activities().saveAll(many)).isInstanceOf(DataAccessException.class);
        assertThat(rows()).isZero();
        assertThat(app.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("activity"))).isZero();
    }

    @Test
    void keepsOneVisitCountPerMonth() {
        app.activities().saveWebsiteVisits(new WebsiteVisits(2026, 2, 1_200));
        app.activities().saveWebsiteVisits(new WebsiteVisits(2026, 1, 950));
        app.activities().saveWebsiteVisits(new WebsiteVisits(2026, 2, 1_350));
        app.activities().saveWebsiteVisits(new WebsiteVisits(2025, 12, 700));
        assertThat(app.activities().websiteVisits(2026)).containsExactly(new WebsiteVisits(2026, 1, 950), new WebsiteVisits(2026, 2, 1_350));
        assertThat(app.audit().history("website_visit", 202602)).extracting(AuditLog.Entry::action)
                .containsExactly(AuditLog.Action.UPDATE, AuditLog.Action.CREATE);
        assertThatThrownBy(() -> app.activities().saveWebsiteVisits(new WebsiteVisits(2026, 13, -1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
                        .containsExactly("month", "visits"));
    }
}
