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

    static Node groupHeading(BoardLine.Group group) {
        Label title = new Label(TaskLabels.directive(group.directive()), new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        title.getStyleClass().add("group-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label summary = new Label(group.directive().summary());
        summary.getStyleClass().add("group-summary");
        Label count = new Label(Messages.get("tasks.list.count", group.tasks()));
        count.getStyleClass().add("group-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(8, title, summary, count);
        box.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(box, tooltip(TaskLabels.directiveWithSummary(group.directive())));
        return box;
    }

    /** The task's text, then a muted line: section · lead · support · requested · what is recorded. */
    static Node taskText(BoardLine.Item item, TaskBoardViewModel board, double width) {
        Task task = item.row().task();
        Label text = new Label(task.text());
        text.setWrapText(true);
        text.getStyleClass().add("task-text");
        text.setPrefWidth(width);
        text.setMaxWidth(width);
        text.setMinHeight(Label.USE_PREF_SIZE);
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
        Label details = new Label(meta.toString());
        details.getStyleClass().add("task-meta");
        details.setPrefWidth(width);
        details.setMaxWidth(width);
        if (!task.hasOneLead()) {
            Label warn = new Label(Messages.get(task.assignments(AssignmentRole.LEAD).isEmpty() ? "tasks.form.noLead"
                    : "tasks.list.manyLeads"), new FontIcon(MaterialDesignA.ALERT_OUTLINE));
            warn.getStyleClass().addAll("task-warning", Styles.TEXT_SMALL);
            return new VBox(2, text, details, warn);
        }
        return new VBox(2, text, details);
    }

    private static void append(StringBuilder meta, String part) {
        if (part != null && !part.isBlank()) {
            if (meta.length() > 0) {
                meta.append("  ·  ");
            }
            meta.append(part);
        }
    }

    /** The next due date and how far it is, flagged when a due date falls on a day off. */
    static Node due(TaskSchedule schedule, LocalDate today, WorkingCalendar calendar) {
        Label label = new Label(TaskLabels.due(schedule, today));
        label.getStyleClass().add("due-text");
        List<String> daysOff = schedule.onDaysOff(calendar).stream().map(d -> TaskLabels.dayOff(d, calendar))
                .flatMap(Optional::stream).toList();
        if (!daysOff.isEmpty()) {
            label.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
            label.getStyleClass().add("due-day-off");
            label.setTooltip(tooltip(daysOff.stream().collect(Collectors.joining("\n"))));
        } else if (schedule.dueDates().size() > 1) {
            label.setTooltip(tooltip(Messages.get("tasks.list.allDue", schedule.dueDates().stream()
                    .map(vn.cchcdesk.domain.text.Formats::date).collect(Collectors.joining(", ")))));
        }
        label.setWrapText(true);
        return label;
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
