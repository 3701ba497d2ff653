package vn.cchcdesk.store.par;

import static vn.cchcdesk.store.TaskFixtures.form;
import static vn.cchcdesk.store.TaskFixtures.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.attachment.AttachmentOwner;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.plan.PlanTarget;
import vn.cchcdesk.domain.plan.TargetPeriod;
import vn.cchcdesk.store.TaskFixtures;

/**
 * A commune's 2026 as the self-assessment sees it: a plan with three targets, all met (radio twice
 * a month, three articles a quarter, one contest), a report, and activities with evidence files:
 * 1,75 of 2 points, since nothing was shown on an electronic board.
 */
public final class ParFixtures {

    /** Files attached: the plan's, the report's, the contest's two and one article's. */
    public static final int FILES = 5;

    private ParFixtures() {
    }

    public static void fill(App app, Path scratch) {
        Document plan = TaskFixtures.plan(app, "Kế hoạch tuyên truyền CCHC năm 2026");
        app.attachments().attach(AttachmentOwner.DOCUMENT, plan.id(), List.of(file(scratch, "KH 42-KH-UBND.pdf", "plan")));
        target(app, plan, "RADIO", 2, TargetPeriod.MONTH);
        target(app, plan, "WEBSITE", 3, TargetPeriod.QUARTER);
        target(app, plan, "CONTEST", 1, TargetPeriod.YEAR);
        Document report = TaskFixtures.directive(app, DocumentType.BAO_CAO, "120/BC-UBND", 10, 12,
                "Kết quả công tác tuyên truyền cải cách hành chính năm 2026", null);
        app.attachments().attach(AttachmentOwner.DOCUMENT, report.id(), List.of(file(scratch, "BC 120.docx", "report")));
        TaskFixtures.directive(app, DocumentType.BAO_CAO, "121/BC-UBND", 11, 12, "Tình hình thu ngân sách năm 2026", null);

        for (int month = 1; month <= 12; month++) {
            activity(app, "TTDVSNC", "RADIO", LocalDate.of(2026, month, 3), 2, "Chuyên mục CCHC tháng " + month);
        }
        for (int quarter = 0; quarter < 4; quarter++) {
            Activity article = activity(app, "VHXH", "WEBSITE", LocalDate.of(2026, quarter * 3 + 2, 10), 3,
                    "Tin bài dịch vụ công trực tuyến quý " + (quarter + 1));
            if (quarter == 0) {
                app.attachments().attach(AttachmentOwner.ACTIVITY, article.id(), List.of(file(scratch, "bai-viet.png", "png")));
            }
        }
        Activity contest = activity(app, "VHXH", "CONTEST", LocalDate.of(2026, 4, 15), 1, "Cuộc thi tìm hiểu CCHC năm 2026");
        app.attachments().attach(AttachmentOwner.ACTIVITY, contest.id(),
                List.of(file(scratch, "Thể lệ: cuộc thi?.pdf", "rules"), file(scratch, "ảnh trao giải.jpg", "photo")));
        // a year earlier: it counts for 2025 only (a board used, without evidence)
        activity(app, "VHXH", "EBOARD", LocalDate.of(2025, 12, 20), 1, "Trình chiếu năm trước");
    }

    private static void target(App app, Document plan, String form, int quantity, TargetPeriod per) {
        app.planTargets().save(new PlanTarget(null, plan.id(), form(app, form).id(), quantity, per, 2026, null, false));
    }

    private static Activity activity(App app, String unit, String form, LocalDate on, int quantity, String title) {
        Activity a = Activity.of(on, unit(app, unit).id(), form(app, form).id(), title);
        return app.activities().save(new Activity(null, a.date(), a.unitId(), a.formId(), a.title(), quantity, null, null,
                null, null, null, null, null, null));
    }

    static Path file(Path scratch, String name, String content) {
        try {
            Files.createDirectories(scratch);
            return Files.writeString(scratch.resolve(name), "nội dung " + content + " " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
