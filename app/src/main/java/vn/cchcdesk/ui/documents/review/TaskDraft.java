package vn.cchcdesk.ui.documents.review;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.domain.task.TimeframeKind;

/**
 * One task of the directive as the clerk reviews it: its text, time frame and due date, shared by
 * the rows of the units it is given to, so that correcting it in one row corrects it in all.
 */
public final class TaskDraft {

    private final String section;
    private final Timeframe read;
    private final StringProperty text;
    private final StringProperty timeframe;
    private final ObjectProperty<LocalDate> due;

    TaskDraft(String section, String text, Timeframe timeframe) {
        this.section = section;
        this.read = timeframe;
        this.text = new SimpleStringProperty(text);
        this.timeframe = new SimpleStringProperty(timeframe.text() == null ? "" : timeframe.text());
        this.due = new SimpleObjectProperty<>(timeframe.dueDate());
    }

    /**
     * The task to save with these assignments. The time frame is read again from its text (the clerk
     * may have changed it); a due date the clerk set wins over the one the text gives;
     * a due date cleared while the text still names a day comes back from the text.
     */
    Task toTask(List<Assignment> assignments, int defaultYear) {
        String written = read.text() == null ? "" : read.text();
        Timeframe parsed = timeframe.get().strip().equals(written) ? read
                : timeframe.get().isBlank() ? Timeframe.none() : Timeframe.parse(timeframe.get(), defaultYear);
        LocalDate day = due.get();
        if (day != null && !day.equals(parsed.dueDate())) {
            TimeframeKind kind = parsed.kind() == TimeframeKind.NONE ? TimeframeKind.BY_DATE : parsed.kind();
            parsed = new Timeframe(kind, parsed.text(), parsed.periodFrom(), parsed.periodTo(), day, parsed.recurrence(),
                    parsed.recurrenceDay());
        }
        return new Task(null, null, section, text.get(), parsed, TaskStatus.NOT_STARTED, null, null, 0, assignments);
    }

    public String section() {
        return section;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty timeframeProperty() {
        return timeframe;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }
}
