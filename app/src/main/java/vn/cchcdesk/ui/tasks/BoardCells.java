package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import vn.cchcdesk.domain.calendar.WorkingCalendar;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskSchedule;
import vn.cchcdesk.i18n.Messages;

/** The pieces task lists are drawn with: directive headings, task text with its units, due dates, status chips. */
final class BoardCells {

    private BoardCells() {
    }

    /** A directive over its tasks: type and number in bold, the summary under it (one line each, full text in the tooltip). */
    static Node groupHeading(BoardLine.Group group) {
        Label title = new Label(group.directive().label(), new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        title.getStyleClass().add("group-title");
        String text = group.directive().summary() == null ? "" : group.directive().summary();
        Label summary = new Label(text);
        summary.getStyleClass().add("group-summary");
        VBox box = text.isBlank() ? new VBox(title) : new VBox(1, title, summary);
        Tooltip.install(box, tooltip(TaskLabels.directiveWithSummary(group.directive())));
        return box;
    }

    /** The directive's date, in the due-date column of its heading. */
    static Node groupDate(BoardLine.Group group) {
        Label date = new Label(group.directive().issueDate().format());
        date.getStyleClass().add("group-date");
        return date;
    }

    /** How many tasks, in the status column of its heading. */
    static Node groupCount(BoardLine.Group group) {
        Label count = new Label(Messages.get("tasks.list.count", group.tasks()));
        count.getStyleClass().add("group-count");
        return count;
    }

    /**
     * The task's text, then a muted line: section · lead · support · requested · what is recorded.
     * Text nodes wrap at the column's width (a wrapping Label in a table cell makes rows far too tall).
     */
    static Node taskText(BoardLine.Item item, TaskBoardViewModel board, javafx.beans.value.ObservableDoubleValue width) {
        Task task = item.row().task();
        Text text = wrapped(task.text(), "task-text", width);
        String lead = board.unitsWith(task, AssignmentRole.LEAD);
        String support = board.unitsWith(task, AssignmentRole.SUPPORT);
        String requested = board.unitsWith(task, AssignmentRole.REQUESTED);
        StringBuilder meta = new StringBuilder();
        append(meta, task.section());
        append(meta, lead.isEmpty() ? null : Messages.get("tasks.list.lead", lead));
        append(meta, support.isEmpty() ? null : Messages.get("tasks.list.support", support));
        append(meta, requested.isEmpty() ? null : Messages.get("tasks.list.requested", requested));
        append(meta, item.row().notes() == 0 ? null : Messages.get("tasks.list.notes", item.row().notes()));
        append(meta, item.row().evidence() == 0 ? null : Messages.get("tasks.list.evidence", item.row().evidence()));
        Text details = wrapped(meta.toString(), "task-meta", width);
        VBox box = new VBox(2, text, details);
        if (!task.hasOneLead()) {
            Label warn = new Label(Messages.get(task.assignments(AssignmentRole.LEAD).isEmpty() ? "tasks.form.noLead"
                    : "tasks.list.manyLeads"), new FontIcon(MaterialDesignA.ALERT_OUTLINE));
            warn.getStyleClass().addAll("task-warning", Styles.TEXT_SMALL);
            box.getChildren().add(warn);
        }
        return box;
    }

    private static Text wrapped(String content, String style, javafx.beans.value.ObservableDoubleValue width) {
        Text text = new Text(content);
        text.getStyleClass().add(style);
        text.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.max(80, javafx.beans.binding.Bindings.subtract(width, 22)));
        return text;
    }

    private static void append(StringBuilder meta, String part) {
        if (part != null && !part.isBlank()) {
            if (meta.length() > 0) {
                meta.append("  ·  ");
            }
            meta.append(part);
        }
    }

    /** The next due date over how far it is, flagged when a due date falls on a day off. */
    static Node due(TaskSchedule schedule, LocalDate today, WorkingCalendar calendar) {
        if (schedule.nextDue() == null) {
            return null;
        }
        Label date = new Label(vn.cchcdesk.domain.text.Formats.date(schedule.nextDue()));
        date.getStyleClass().add("due-date");
        Label remark = new Label(TaskLabels.remark(schedule, today));
        remark.getStyleClass().add("due-remark");
        remark.setVisible(!remark.getText().isEmpty());
        remark.setManaged(remark.isVisible());
        List<String> daysOff = schedule.onDaysOff(calendar).stream().map(d -> TaskLabels.dayOff(d, calendar))
                .flatMap(Optional::stream).toList();
        VBox box = new VBox(0, date, remark);
        box.getStyleClass().add("due-text");
        if (!daysOff.isEmpty()) {
            date.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
            date.getStyleClass().add("due-day-off");
            Tooltip.install(box, tooltip(daysOff.stream().collect(Collectors.joining("\n"))));
        } else if (schedule.dueDates().size() > 1) {
            Tooltip.install(box, tooltip(Messages.get("tasks.list.allDue", schedule.dueDates().stream()
                    .map(vn.cchcdesk.domain.text.Formats::date).collect(Collectors.joining(", ")))));
        }
        return box;
    }

    static Label stateChip(TaskSchedule schedule) {
        Label chip = new Label(TaskLabels.state(schedule.state()));
        chip.getStyleClass().addAll("state-chip", TaskLabels.styleOf(schedule.state()));
        if (schedule.completedLate()) {
            chip.setText(chip.getText() + " " + Messages.get("tasks.list.late"));
        }
        return chip;
    }

    static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        tooltip.setShowDelay(Duration.millis(300));
        return tooltip;
    }
}
