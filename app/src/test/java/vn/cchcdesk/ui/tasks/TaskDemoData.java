package vn.cchcdesk.ui.tasks;

import static vn.cchcdesk.store.TaskFixtures.activity;
import static vn.cchcdesk.store.TaskFixtures.role;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.ProgressNote;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskDetail;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.store.TaskFixtures;
import vn.cchcdesk.ui.ShellTestSupport;

/**
 * A commune's year of directives and tasks as of 20/05/2026, for screenshots and for looking at
 * the screens by hand: {@code java -cp … vn.cchcdesk.ui.tasks.TaskDemoData DATA_DIR}.
 */
public final class TaskDemoData {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    public static final String PLAN_TEXT = """
            KẾ HOẠCH
            Tuyên truyền cải cách hành chính năm 2026
            II. NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN
            1. Tuyên truyền trên hệ thống truyền thanh cơ sở
            - Đơn vị chủ trì: Trung tâm Dịch vụ sự nghiệp công.
            - Thời gian thực hiện: Hằng tháng, tối thiểu 02 lần/tháng.
            2. Trang thông tin điện tử xã duy trì chuyên mục cải cách hành chính, đăng tối thiểu 03 tin, bài/quý.
            3. Mỗi tháng ít nhất 04 bài đăng trên trang Zalo OA của UBND xã về dịch vụ công trực tuyến.
            4. Tổ chức 01 cuộc thi tìm hiểu về cải cách hành chính mỗi năm.
            5. Treo tối thiểu 10 băng rôn, khẩu hiệu/năm tại trụ sở và nhà văn hóa các thôn.
            """;

    private TaskDemoData() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        ShellTestSupport.setUpCommune(dir);
        try (App app = App.open(dir, ShellTestSupport.CLOCK)) {
            fill(app);
        }
    }

    public static void fill(App app) {
        for (int i = 1; i <= 6; i++) {
            app.catalog().saveUnit(new Unit(null, "Thôn " + i, "Thôn " + i, UnitKind.VILLAGE, List.of(), 200 + i, true));
        }
        app.catalog().saveUnit(new Unit(null, "Trường THCS Định Tân", "THCS", UnitKind.SCHOOL, List.of(), 300, true));

        Document letter = TaskFixtures.letter(app, "1069/UBND-VHXH", 26, 3,
                "đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính");
        Document banners = TaskFixtures.letter(app, "210/UBND-VHXH", 2, 5,
                "treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính");
        Document plan = TaskFixtures.plan(app, PLAN_TEXT);
        Document team = TaskFixtures.directive(app, DocumentType.QUYET_DINH, "15/QĐ-UBND", 10, 1,
                "thành lập Tổ tuyên truyền cải cách hành chính xã năm 2026", null);
        Document report = TaskFixtures.letter(app, "188/UBND-VHXH", 14, 4, "báo cáo kết quả tuyên truyền CCHC quý I năm 2026");
        Document photos = TaskFixtures.directive(app, DocumentType.BAO_CAO, "35/BC-UBND", 18, 5,
                "kết quả treo băng rôn, khẩu hiệu tháng 5 năm 2026", null);

        List<Task> saved = new ArrayList<>();
        saved.add(save(app, letter, "1", "Tiếp tục đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính, lan tỏa những cách làm hay, giải pháp mới trên địa bàn xã.",
                "Thường xuyên trong năm 2026", TaskStatus.IN_PROGRESS,
                role(app, "VHXH", AssignmentRole.LEAD), role(app, "VP", AssignmentRole.SUPPORT)));
        saved.add(save(app, letter, "2", "Thường xuyên viết tin, bài, video về công tác cải cách hành chính của xã để đăng tải trên trang thông tin điện tử của xã và gửi Sở Nội vụ.",
                "hằng quý, gửi trước ngày 05 tháng cuối của quý", TaskStatus.IN_PROGRESS,
                role(app, "TTDVSNC", AssignmentRole.LEAD), role(app, "VHXH", AssignmentRole.SUPPORT), role(app, "TTPVHCC", AssignmentRole.SUPPORT)));
        saved.add(save(app, letter, "3", "Đa dạng hóa hình thức tuyên truyền tại cơ quan, đơn vị, các thôn: hội nghị, họp giao ban, sinh hoạt chuyên đề, mạng xã hội.",
                "quý II/2026", TaskStatus.NOT_STARTED,
                role(app, "VHXH", AssignmentRole.LEAD), role(app, "Thôn 1", AssignmentRole.REQUESTED), role(app, "Thôn 2", AssignmentRole.REQUESTED),
                role(app, "Thôn 3", AssignmentRole.REQUESTED), role(app, "MTTQ", AssignmentRole.REQUESTED)));
        saved.add(save(app, letter, "6", "Khai thác, sử dụng hiệu quả thông tin trên trang cải cách hành chính của tỉnh phục vụ công tác tham mưu.",
                "trước 30/4/2026", TaskStatus.IN_PROGRESS,
                role(app, "VHXH", AssignmentRole.LEAD), role(app, "TTPVHCC", AssignmentRole.LEAD)));
        saved.add(save(app, banners, null, "Treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính tại trụ sở UBND xã và Trung tâm Phục vụ hành chính công.",
                "trước ngày 15/5/2026", TaskStatus.DONE,
                role(app, "VP", AssignmentRole.LEAD), role(app, "TTPVHCC", AssignmentRole.SUPPORT)));
        saved.add(save(app, banners, null, "Treo băng rôn tại nhà văn hóa các thôn, khu dân cư.",
                "trước ngày 15/5/2026", TaskStatus.IN_PROGRESS,
                role(app, "VHXH", AssignmentRole.LEAD), role(app, "Thôn 1", AssignmentRole.REQUESTED), role(app, "Thôn 4", AssignmentRole.REQUESTED),
                role(app, "Thôn 5", AssignmentRole.REQUESTED), role(app, "Thôn 6", AssignmentRole.REQUESTED)));
        saved.add(save(app, banners, null, "Báo cáo kết quả treo băng rôn, khẩu hiệu kèm hình ảnh về UBND xã (qua Phòng Văn hóa - Xã hội).",
                "trước 23/5/2026", TaskStatus.NOT_STARTED,
                role(app, "VHXH", AssignmentRole.LEAD)));
        saved.add(save(app, plan, "II.1", "Phát chuyên mục cải cách hành chính trên hệ thống truyền thanh cơ sở.",
                "hằng tháng, trước ngày 25", TaskStatus.IN_PROGRESS,
                role(app, "TTDVSNC", AssignmentRole.LEAD), role(app, "VHXH", AssignmentRole.SUPPORT), role(app, "Thôn 1", AssignmentRole.REQUESTED)));
        saved.add(save(app, plan, "II.2", "Tổ chức Hội nghị tuyên truyền cải cách hành chính cho cán bộ, công chức.",
                "trước 27/5/2026", TaskStatus.IN_PROGRESS,
                role(app, "VHXH", AssignmentRole.LEAD), role(app, "VP", AssignmentRole.SUPPORT)));
        saved.add(save(app, plan, "II.3", "Tổ chức Cuộc thi tìm hiểu về cải cách hành chính trên địa bàn xã.",
                "Hoàn thành trong tháng 9/2026", TaskStatus.NOT_STARTED,
                role(app, "VHXH", AssignmentRole.LEAD), role(app, "ĐTN", AssignmentRole.SUPPORT), role(app, "HLHPN", AssignmentRole.SUPPORT),
                role(app, "THCS", AssignmentRole.REQUESTED)));
        saved.add(save(app, plan, "III.1", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân xã.",
                "trước ngày 30/11/2026", TaskStatus.NOT_STARTED,
                role(app, "VHXH", AssignmentRole.LEAD)));
        saved.add(save(app, plan, "III.2", "Niêm yết công khai đầy đủ thủ tục hành chính, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
                "Thường xuyên trong năm 2026", TaskStatus.IN_PROGRESS,
                role(app, "TTPVHCC", AssignmentRole.LEAD), role(app, "CA", AssignmentRole.SUPPORT)));
        saved.add(save(app, team, "Điều 2", "Tổ tuyên truyền xây dựng kế hoạch hoạt động và phân công thành viên phụ trách từng thôn.",
                "trước 31/01/2026", TaskStatus.DONE,
                role(app, "VHXH", AssignmentRole.LEAD), role(app, "ĐTN", AssignmentRole.SUPPORT)));
        saved.add(save(app, team, "Điều 3", "Các thôn bố trí thời lượng phát thanh về cải cách hành chính trên loa truyền thanh thôn.",
                "ngày 20 hằng tháng", TaskStatus.IN_PROGRESS,
                role(app, "Thôn 1", AssignmentRole.REQUESTED), role(app, "Thôn 2", AssignmentRole.REQUESTED), role(app, "Thôn 3", AssignmentRole.REQUESTED),
                role(app, "Thôn 4", AssignmentRole.REQUESTED), role(app, "Thôn 5", AssignmentRole.REQUESTED), role(app, "Thôn 6", AssignmentRole.REQUESTED),
                role(app, "TTDVSNC", AssignmentRole.LEAD)));

        Task done = saved.get(4);
        app.tasks().saveDetail(new TaskDetail(done.done(LocalDate.of(2026, 5, 14), "Đã treo 6 băng rôn tại trụ sở và 2 pano tại Trung tâm Phục vụ hành chính công."),
                List.of(new ProgressNote(LocalDate.of(2026, 5, 6), "Duyệt nội dung khẩu hiệu với Phó Chủ tịch UBND xã."),
                        new ProgressNote(LocalDate.of(2026, 5, 11), "Đặt in băng rôn tại cơ sở in Định Tân.")),
                List.of(photos.ref())));
        Task team1 = saved.get(12);
        app.tasks().saveDetail(new TaskDetail(team1.done(LocalDate.of(2026, 1, 28), "Kế hoạch hoạt động của Tổ đã ban hành, mỗi thành viên phụ trách 1–2 thôn."),
                List.of(), List.of()));
        app.tasks().saveDetail(new TaskDetail(saved.get(1), List.of(
                new ProgressNote(LocalDate.of(2026, 3, 4), "Đã gửi 4 tin, bài quý I về Sở Nội vụ."),
                new ProgressNote(LocalDate.of(2026, 5, 12), "Đang quay video về Trung tâm Phục vụ hành chính công.")), List.of(report.ref())));

        app.planTargets().suggest(plan.id());
        var targets = app.planTargets().ofPlan(plan.id());
        app.planTargets().accept(targets.get(0).id());
        app.planTargets().accept(targets.get(1).id());
        for (int month = 1; month <= 4; month++) {
            activity(app, "RADIO", LocalDate.of(2026, month, 8), 1, false);
            activity(app, "RADIO", LocalDate.of(2026, month, 22), 1, false);
            activity(app, "SOCIAL", LocalDate.of(2026, month, 15), 4, false);
        }
        activity(app, "RADIO", LocalDate.of(2026, 5, 6), 1, false);
        activity(app, "SOCIAL", LocalDate.of(2026, 5, 9), 1, false);
        activity(app, "WEBSITE", LocalDate.of(2026, 2, 10), 3, false);
        activity(app, "WEBSITE", LocalDate.of(2026, 4, 16), 2, false);
        activity(app, "BANNER", LocalDate.of(2026, 5, 14), 6, false);
    }

    private static Task save(App app, Document directive, String section, String text, String timeframe, TaskStatus status,
                             Assignment... roles) {
        Task task = new Task(null, directive.id(), section, text, Timeframe.parse(timeframe, 2026),
                status == TaskStatus.DONE ? TaskStatus.IN_PROGRESS : status, null, null, 0, List.of(roles));
        return app.tasks().save(task);
    }
}
