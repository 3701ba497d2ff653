package vn.cchcdesk.ui.tasks;

import java.time.LocalDate;
import java.util.Optional;
import vn.cchcdesk.domain.calendar.Holiday;
import vn.cchcdesk.domain.calendar.WorkingCalendar;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskSchedule;
import vn.cchcdesk.domain.task.TaskState;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.EnumLabels;

/** How tasks, their dates and roles read on screen. */
public final class TaskLabels {

    private TaskLabels() {
    }

    /** "Công văn 132/UBND-VHXH ngày 12/03/2026". */
    public static String directive(DocumentRef ref) {
        String date = ref.issueDate().format();
        return date.isEmpty() ? ref.label() : Messages.get("tasks.directive.label", ref.label(), date);
    }

    /** "Công văn 132/UBND-VHXH ngày 12/03/2026 — V/v đẩy mạnh …". */
    public static String directiveWithSummary(DocumentRef ref) {
        return ref.summary() == null || ref.summary().isBlank() ? directive(ref)
                : Messages.get("tasks.directive.withSummary", directive(ref), ref.summary());
    }

    /** The letter a matrix cell shows: C, P, Đ. */
    public static String letter(AssignmentRole role) {
        return role == null ? "" : EnumLabels.label("tasks.roleLetter", role);
    }

    public static String role(AssignmentRole role) {
        return EnumLabels.label("tasks.role", role);
    }

    public static String state(TaskState state) {
        return EnumLabels.label("tasks.state", state);
    }

    /** Style class of a state: "state-not-started", "state-overdue"… (app.css colours them). */
    public static String styleOf(TaskState state) {
        return "state-" + state.name().toLowerCase().replace('_', '-');
    }

    /** How far the next due date is: "quá hạn 3 ngày", "còn 5 ngày", "kỳ tiếp theo (4 kỳ)"; empty otherwise. */
    public static String remark(TaskSchedule s, LocalDate today) {
        if (s.nextDue() == null) {
            return "";
        }
        if (s.overdue()) {
            return Messages.get("tasks.remark.late", s.daysLate(today));
        }
        if (s.dueSoon()) {
            long left = s.daysLeft(today);
            return left == 0 ? Messages.get("tasks.remark.today") : Messages.get("tasks.remark.soon", left);
        }
        if (s.dueDates().size() > 1 && s.state() != vn.cchcdesk.domain.task.TaskState.DONE) {
            return Messages.get("tasks.remark.periodic", s.dueDates().size());
        }
        return "";
    }

    /** Why a due date is flagged: "Thứ Bảy, ngày nghỉ" or the holiday's name; empty on a working day. */
    public static Optional<String> dayOff(LocalDate date, WorkingCalendar calendar) {
        Optional<Holiday> holiday = calendar.holiday(date);
        if (holiday.isPresent()) {
            return Optional.of(Messages.get("tasks.dayOff.holiday", Formats.date(date), holiday.get().name(),
                    Formats.date(calendar.workingDayOnOrBefore(date))));
        }
        if (calendar.isWeekend(date)) {
            return Optional.of(Messages.get("tasks.dayOff.weekend", Formats.date(date), dayOfWeek(date),
                    Formats.date(calendar.workingDayOnOrBefore(date))));
        }
        return Optional.empty();
    }

    public static String dayOfWeek(LocalDate date) {
        return EnumLabels.label("tasks.dayOfWeek", date.getDayOfWeek());
    }
}
