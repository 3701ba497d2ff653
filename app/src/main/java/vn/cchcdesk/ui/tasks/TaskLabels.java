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

    /** The next due date, with how far it is: "30/05/2026 · còn 5 ngày", "15/05/2026 · quá hạn 3 ngày". */
    public static String due(TaskSchedule s, LocalDate today) {
        if (s.nextDue() == null) {
            return "";
        }
        String date = Formats.date(s.nextDue());
        if (s.overdue()) {
            return Messages.get("tasks.due.late", date, s.daysLate(today));
        }
        if (s.dueSoon()) {
            long left = s.daysLeft(today);
            return left == 0 ? Messages.get("tasks.due.today", date) : Messages.get("tasks.due.soon", date, left);
        }
        if (s.dueDates().size() > 1) {
            return Messages.get("tasks.due.next", date, s.dueDates().size());
        }
        return date;
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
