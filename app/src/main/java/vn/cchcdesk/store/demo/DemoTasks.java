package vn.cchcdesk.store.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Recurrence;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.domain.task.TimeframeKind;
import vn.cchcdesk.domain.text.RomanNumerals;
import vn.cchcdesk.store.task.TaskRepository;

/**
 * Tasks of the commune's directives: the yearly plan gives most of them, letters and decisions a
 * few each. One unit leads (or, for the Front, mass organisations and villages, is requested),
 * others support; time frames are those directives write, and the status follows from them.
 */
final class DemoTasks {

    record Made(int count, Map<String, List<Long>> tasksByYearAndUnit) {
    }

    private static final Map<String, List<String>> TEXTS = Map.of(
            "VHXH", List.of("Tham mưu UBND xã xây dựng kế hoạch thông tin, tuyên truyền cải cách hành chính năm {y}",
                    "Tổng hợp, báo cáo kết quả công tác tuyên truyền cải cách hành chính định kỳ hằng quý, 6 tháng, năm",
                    "Tham mưu tổ chức Cuộc thi tìm hiểu về cải cách hành chính năm {y}",
                    "Là cơ quan đầu mối theo dõi, đôn đốc các đơn vị thực hiện kế hoạch tuyên truyền"),
            "TTDVSNC", List.of("Xây dựng, phát chuyên mục cải cách hành chính trên hệ thống truyền thanh cơ sở tối thiểu 02 lần/tháng",
                    "Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử xã tối thiểu 03 tin, bài/quý",
                    "Treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính tại trụ sở UBND xã và nhà văn hóa các thôn"),
            "TTPVHCC", List.of("Niêm yết công khai thủ tục hành chính; trình chiếu khẩu hiệu trên màn hình điện tử tại Trung tâm",
                    "Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến phí, lệ phí"),
            "VP", List.of("Cập nhật văn bản chỉ đạo về cải cách hành chính lên Trang thông tin điện tử xã",
                    "Tham mưu tổ chức đối thoại của Chủ tịch UBND xã với người dân, doanh nghiệp về thủ tục hành chính"),
            "CA", List.of("Tuyên truyền, hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2"),
            "KT", List.of("Tuyên truyền thủ tục đất đai, đăng ký hộ kinh doanh trên môi trường điện tử"));

    private static final List<String> REQUESTED_TEXTS = List.of(
            "Lồng ghép tuyên truyền cải cách hành chính trong các buổi sinh hoạt, hội nghị của tổ chức mình",
            "Vận động đoàn viên, hội viên sử dụng dịch vụ công trực tuyến",
            "Tổ chức ra quân hỗ trợ người dân cài đặt, kích hoạt VNeID và nộp hồ sơ trực tuyến");

    private final Pick pick;
    private final TaskRepository tasks;
    private final List<Unit> units;
    private final LocalDate today;

    DemoTasks(Pick pick, TaskRepository tasks, List<Unit> units, LocalDate today) {
        this.pick = pick;
        this.tasks = tasks;
        this.units = units;
        this.today = today;
    }

    Made make(int count, List<DemoDocuments.Directive> directives) {
        Map<String, List<Long>> byYearAndUnit = new HashMap<>();
        if (count == 0 || directives.isEmpty()) {
            return new Made(0, byYearAndUnit);
        }
        int[] weights = directives.stream().mapToInt(d -> d.yearlyPlan() ? 12 : switch (d.type()) {
            case KE_HOACH -> 3;
            case QUYET_DINH -> 2;
            default -> 1;
        }).toArray();
        int[] perDirective = new int[directives.size()];
        for (int i = 0; i < count; i++) {
            perDirective[pick.weighted(weights)]++;
        }
        List<Task> made = new ArrayList<>(count);
        List<Integer> years = new ArrayList<>(count);
        for (int i = 0; i < directives.size(); i++) {
            DemoDocuments.Directive directive = directives.get(i);
            for (int position = 0; position < perDirective[i]; position++) {
                Task task = task(directive, position);
                if (!task.validate(today).isEmpty()) {
                    throw new IllegalStateException("Demo task breaks a rule: " + task + " " + task.validate(today));
                }
                made.add(task);
                years.add(directive.date().getYear());
            }
        }
        List<Long> ids = tasks.insertAll(made, today.atTime(9, 0));
        for (int i = 0; i < made.size(); i++) {
            for (Assignment a : made.get(i).assignments()) {
                byYearAndUnit.computeIfAbsent(DemoActivities.Links.key(years.get(i), a.unitId()), k -> new ArrayList<>()).add(ids.get(i));
            }
        }
        return new Made(count, byYearAndUnit);
    }

    private Task task(DemoDocuments.Directive directive, int position) {
        Unit lead = pick.one(units);
        boolean requested = lead.kind() == UnitKind.MASS_ORG || lead.kind() == UnitKind.VILLAGE || lead.kind() == UnitKind.SCHOOL;
        int year = directive.date().getYear();
        String text = requested ? pick.one(REQUESTED_TEXTS)
                : pick.one(TEXTS.getOrDefault(lead.shortName() == null ? "" : lead.shortName(), TEXTS.get("VHXH")));
        text = text.replace("{y}", String.valueOf(year));
        List<Assignment> assignments = new ArrayList<>();
        assignments.add(new Assignment(lead.id(), lead.name(), requested ? AssignmentRole.REQUESTED : AssignmentRole.LEAD));
        int others = pick.between(0, 3);
        for (int i = 0; i < others; i++) {
            Unit other = pick.one(units);
            if (assignments.stream().noneMatch(a -> a.unitId().equals(other.id()))) {
                boolean outside = other.kind() == UnitKind.MASS_ORG || other.kind() == UnitKind.VILLAGE;
                assignments.add(new Assignment(other.id(), other.name(), outside ? AssignmentRole.REQUESTED : AssignmentRole.SUPPORT));
            }
        }
        String section = directive.yearlyPlan() ? "2." + (units.indexOf(lead) + 1) + ". " + lead.name() : null;
        Timeframe timeframe = timeframe(directive.date());
        LocalDate end = end(timeframe, directive.date());
        TaskStatus status;
        if (end.isBefore(today)) {
            status = pick.chance(0.8) ? TaskStatus.DONE : pick.chance(0.75) ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
        } else {
            status = pick.chance(0.15) ? TaskStatus.DONE : pick.chance(0.6) ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
        }
        LocalDate completed = null;
        String result = null;
        if (status == TaskStatus.DONE) {
            completed = pick.workingDay(directive.date(), end.isBefore(today) ? end : today);
            completed = completed.isAfter(today) ? today : completed;
            result = "Đã triển khai thực hiện; kết quả tổng hợp trong báo cáo quý " + RomanNumerals.of((completed.getMonthValue() - 1) / 3 + 1)
                    + "/" + completed.getYear();
        }
        return new Task(null, directive.id(), section, text, timeframe, status, completed, result, position, assignments);
    }

    private Timeframe timeframe(LocalDate date) {
        int year = date.getYear();
        return switch (pick.weighted(new int[] {30, 25, 20, 15, 10})) {
            case 0 -> new Timeframe(TimeframeKind.ONGOING, "Thường xuyên trong năm " + year, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), null, null, null);
            case 1 -> {
                LocalDate due = date.plusDays(pick.between(10, 120));
                yield new Timeframe(TimeframeKind.BY_DATE, "Trước ngày " + due.getDayOfMonth() + "/" + due.getMonthValue() + "/"
                        + due.getYear(), null, null, due, null, null);
            }
            case 2 -> {
                LocalDate within = date.plusDays(pick.between(0, 90));
                int quarter = (within.getMonthValue() - 1) / 3 + 1;
                LocalDate start = LocalDate.of(within.getYear(), quarter * 3 - 2, 1);
                yield new Timeframe(TimeframeKind.WITHIN, "Quý " + RomanNumerals.of(quarter) + "/" + within.getYear(), start,
                        start.plusMonths(3).minusDays(1), null, null, null);
            }
            case 3 -> pick.chance(0.6)
                    ? new Timeframe(TimeframeKind.PERIODIC, "Định kỳ hằng quý, trước ngày 05 tháng cuối quý",
                            LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, Recurrence.QUARTERLY, 5)
                    : new Timeframe(TimeframeKind.PERIODIC, "Hằng tháng, trước ngày 25", LocalDate.of(year, 1, 1),
                            LocalDate.of(year, 12, 31), null, Recurrence.MONTHLY, 25);
            default -> Timeframe.none();
        };
    }

    /** When the task's time is up: its due date, the end of its period, or two months on when none is given. */
    private static LocalDate end(Timeframe timeframe, LocalDate given) {
        if (timeframe.dueDate() != null) {
            return timeframe.dueDate();
        }
        return timeframe.periodTo() != null ? timeframe.periodTo() : given.plusMonths(2);
    }
}
