package vn.cchcdesk.report;

import static vn.cchcdesk.store.jooq.Tables.PLAN_TARGET;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;
import static vn.cchcdesk.store.jooq.Tables.UNIT_SUBMISSION;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.WebsiteVisits;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.Recipient;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.domain.task.TimeframeKind;
import vn.cchcdesk.store.report.ReportQueries;
import vn.cchcdesk.store.settings.SettingsRepository;

/**
 * A commune's quarter II of 2026 with figures known by hand: documents, tasks, activities and
 * website visits through the real services; plan targets and unit submissions, which have no
 * service yet, inserted with jOOQ. Every expected figure of the report tests follows from the rows below.
 */
public final class ReportFixture {

    /** After the cut-off of quarter II (14/06/2026): task states are judged on the cut-off. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-20T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

    public static final CommuneSettings COMMUNE = new CommuneSettings("xã Định Tân", "tỉnh Thanh Hóa", null, "UBND", "VHXH",
            "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng", "Lê Thị Lan");

    private final App app;
    private final DSLContext dsl;

    private ReportFixture(App app) {
        this.app = app;
        this.dsl = app.database().dsl();
    }

    /** Opens a data folder and fills it. */
    public static App open(Path dir) {
        App app = App.open(dir, CLOCK);
        new ReportFixture(app).fill();
        return app;
    }

    public static ReportQueries queries(App app) {
        return new ReportQueries(app.database().dsl(), new SettingsRepository(app.database().dsl()));
    }

    private void fill() {
        app.settings().saveCommune(COMMUNE);
        documentsAndTasks();
        activities();
        visitsAndSubmissions();
    }

    private void documentsAndTasks() {
        incoming(12, LocalDate.of(2026, 3, 25), "1478/SNV-CCHC&VTTLT", 24, 3, "đẩy mạnh thông tin, tuyên truyền cải cách hành chính");
        incoming(1, LocalDate.of(2026, 1, 5), "12/UBND-NC", 2, 1, "triển khai công tác cải cách hành chính năm 2026");
        incoming(40, LocalDate.of(2025, 4, 10), "300/SNV-CCHC", 8, 4, "tuyên truyền cải cách hành chính năm 2025");

        Document plan = app.documents().save(issued(DocumentType.KE_HOACH, "42/KH-UBND", 10, 1,
                "tuyên truyền cải cách hành chính năm 2026"));
        long planId = plan.id();
        dsl.transaction(() -> {
            target(planId, "WEBSITE", 3, "QUARTER", false);
            target(planId, "RADIO", 2, "MONTH", false);
            target(planId, "CONFERENCE", 2, "YEAR", false);
            target(planId, "SOCIAL", 5, "MONTH", true);
        });
        app.tasks().save(task(planId, "Duy trì chuyên mục cải cách hành chính trên Trang thông tin điện tử xã",
                new Timeframe(TimeframeKind.ONGOING, "Thường xuyên trong năm 2026", LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31), null, null, null), TaskStatus.IN_PROGRESS, null, null,
                List.of(new Assignment(unit("VHXH"), "Phòng Văn hóa - Xã hội", AssignmentRole.LEAD))));
        app.tasks().save(task(planId, "Xây dựng kế hoạch tuyên truyền của từng đơn vị", byDate(LocalDate.of(2026, 2, 15)),
                TaskStatus.DONE, LocalDate.of(2026, 2, 10), "Các đơn vị đã ban hành kế hoạch",
                List.of(new Assignment(unit("VP"), "Văn phòng HĐND và UBND", AssignmentRole.LEAD))));

        Document letter = app.documents().save(issued(DocumentType.CONG_VAN, "15/UBND-VHXH", 15, 4,
                "đẩy mạnh tuyên truyền cải cách hành chính quý II năm 2026"));
        long letterId = letter.id();
        app.tasks().save(task(letterId, "Tổ chức hội nghị tập huấn nghiệp vụ tuyên truyền cải cách hành chính",
                byDate(LocalDate.of(2026, 5, 30)), TaskStatus.DONE, LocalDate.of(2026, 5, 25), "Đã tổ chức cho 150 người",
                List.of(new Assignment(unit("VHXH"), "Phòng Văn hóa - Xã hội", AssignmentRole.LEAD),
                        new Assignment(unit("VP"), "Văn phòng HĐND và UBND", AssignmentRole.SUPPORT))));
        app.tasks().save(task(letterId, "Phát chuyên mục cải cách hành chính trên đài truyền thanh", byDate(LocalDate.of(2026, 5, 1)),
                TaskStatus.IN_PROGRESS, null, null,
                List.of(new Assignment(unit("TTDVSNC"), "Trung tâm Dịch vụ sự nghiệp công", AssignmentRole.LEAD))));
        app.tasks().save(task(letterId, "Tuyên truyền trong đoàn viên, hội viên", byDate(LocalDate.of(2026, 6, 30)),
                TaskStatus.NOT_STARTED, null, null,
                List.of(new Assignment(unit("MTTQ"), "Ủy ban MTTQ Việt Nam xã", AssignmentRole.REQUESTED))));

        app.documents().save(issued(DocumentType.BAO_CAO, "70/BC-UBND", 10, 6, "kết quả công tác cải cách hành chính 6 tháng"));
    }

    private void activities() {
        List<Activity> all = new ArrayList<>();
        all.add(activity("2026-04-10", "VHXH", "WEBSITE", 3, null, null));
        all.add(activity("2026-06-14", "VHXH", "WEBSITE", 2, null, null));
        all.add(activity("2026-06-15", "VHXH", "WEBSITE", 5, null, null));
        all.add(activity("2026-03-15", "VHXH", "WEBSITE", 1, null, null));
        all.add(activity("2026-03-14", "VHXH", "WEBSITE", 4, null, null));
        all.add(activity("2025-12-20", "VHXH", "WEBSITE", 2, null, null));
        all.add(activity("2025-12-14", "VHXH", "WEBSITE", 7, null, null));
        all.add(activity("2025-04-01", "VHXH", "WEBSITE", 8, null, null));
        all.add(activity("2026-05-01", "VHXH", "WEBSITE", 100, null, null)); // moved to the trash below
        all.add(activity("2026-05-02", "TTDVSNC", "RADIO", 4, 60, null));
        all.add(activity("2026-05-20", "TTDVSNC", "RADIO", 4, 45, null));
        all.add(activity("2026-04-22", "VHXH", "CONFERENCE", 1, null, 150));
        all.add(activity("2026-05-05", "MTTQ", "CONFERENCE", 1, null, 80));
        all.add(activity("2026-04-01", "ĐTN", "BANNER", 1500, null, null));
        all.add(activity("2026-05-10", "VHXH", "SOCIAL", 10, null, null));
        List<Activity> saved = app.activities().saveAll(all);
        app.activities().moveToTrash(List.of(saved.get(8).id()));
    }

    private void visitsAndSubmissions() {
        int[][] visits = {{2026, 3, 1000}, {2026, 4, 1200}, {2026, 5, 1300}, {2026, 6, 1500}, {2025, 4, 500}, {2025, 5, 500},
                {2025, 6, 500}, {2025, 7, 9999}};
        for (int[] v : visits) {
            app.activities().saveWebsiteVisits(new WebsiteVisits(v[0], v[1], v[2]));
        }
        dsl.transaction(() -> dsl.insertInto(UNIT_SUBMISSION).set(UNIT_SUBMISSION.PERIOD_CODE, "2026-Q2")
                .set(UNIT_SUBMISSION.UNIT_ID, unit("VHXH")).set(UNIT_SUBMISSION.RECEIVED_ON, LocalDate.of(2026, 6, 8)).execute());
    }

    private void incoming(int arrival, LocalDate arrivedOn, String number, int day, int month, String summary) {
        app.documents().save(new Document(null, Direction.IN, DocumentType.CONG_VAN, DocumentNumber.parse(number).orElseThrow(),
                new PartialDate(day, month, arrivedOn.getYear()), "Thanh Hóa", null, "Sở Nội vụ tỉnh Thanh Hóa", summary,
                new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn A"),
                List.of(new Recipient(RecipientKind.ADDRESSEE, null, "UBND các xã, phường")), List.of(),
                new RegisterEntry(arrival, arrivedOn, "Phòng Văn hóa - Xã hội", arrivedOn.plusDays(10), null, null, null, null, null),
                null, null));
    }

    private static Document issued(DocumentType type, String number, int day, int month, String summary) {
        return new Document(null, Direction.OUT, type, DocumentNumber.parse(number).orElseThrow(), new PartialDate(day, month, 2026),
                "Định Tân", null, "UBND xã Định Tân", summary, new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng"),
                List.of(new Recipient(RecipientKind.ADDRESSEE, null, "Các phòng, ban, đơn vị"),
                        new Recipient(RecipientKind.COPY, null, "Lưu: VT, VHXH")), List.of(),
                new RegisterEntry(null, null, null, null, null, null, null, 5, "VHXH"), null, null);
    }

    private static Task task(long documentId, String text, Timeframe timeframe, TaskStatus status, LocalDate completedOn,
                             String result, List<Assignment> assignments) {
        return new Task(null, documentId, null, text, timeframe, status, completedOn, result, 0, assignments);
    }

    private static Timeframe byDate(LocalDate due) {
        return new Timeframe(TimeframeKind.BY_DATE, "trước " + due, null, null, due, null, null);
    }

    private void target(long planId, String form, int quantity, String per, boolean suggested) {
        dsl.insertInto(PLAN_TARGET).set(PLAN_TARGET.PLAN_DOCUMENT_ID, planId).set(PLAN_TARGET.FORM_ID, form(form))
                .set(PLAN_TARGET.QUANTITY, quantity).set(PLAN_TARGET.PER_PERIOD, per).set(PLAN_TARGET.TARGET_YEAR, 2026)
                .set(PLAN_TARGET.SUGGESTED, suggested).execute();
    }

    private Activity activity(String date, String unit, String form, int quantity, Integer minutes, Integer participants) {
        return new Activity(null, LocalDate.parse(date), unit(unit), form(form), "Hoạt động " + form + " ngày " + date, quantity,
                minutes, participants, null, null, null, null, null, null);
    }

    long unit(String shortName) {
        return dsl.select(UNIT.ID).from(UNIT).where(UNIT.SHORT_NAME.eq(shortName)).fetchSingle(UNIT.ID);
    }

    long form(String code) {
        return dsl.select(PUBLICITY_FORM.ID).from(PUBLICITY_FORM).where(PUBLICITY_FORM.CODE.eq(code)).fetchSingle(PUBLICITY_FORM.ID);
    }
}
