package vn.cchcdesk.ui.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskDetail;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.task.TaskService;
import vn.cchcdesk.ui.common.FieldErrors;
import vn.cchcdesk.ui.common.UiContext;

/**
 * One task being written or edited: its directive (picked by search), text and section, units
 * with roles (exactly one lead expected: a warning otherwise), time frame as written with what
 * the app understands of it, status, completion, progress notes and evidence documents.
 */
public final class TaskFormViewModel {

    private final TaskService tasks;
    private final UiContext ui;
    private final TimeframePreview preview;
    private final FieldErrors errors = new FieldErrors();
    private final UnitRoles unitRoles = new UnitRoles();
    private final ProgressNotes progressNotes = new ProgressNotes(errors, this::today);
    private final ActivityLinks activityLinks;
    private Consumer<TaskDetail> onSaved = saved -> { };
    private Consumer<Long> onDeleted = id -> { };

    private final ObjectProperty<TaskDetail> editing = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<DocumentRef> directive = new SimpleObjectProperty<>();
    private final DocumentChoices directiveChoices = new DocumentChoices();
    private final DocumentChoices evidenceChoices = new DocumentChoices();
    private final StringProperty section = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty timeframeText = new SimpleStringProperty("");
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(TaskStatus.NOT_STARTED);
    private final ObjectProperty<LocalDate> completedOn = new SimpleObjectProperty<>();
    private final StringProperty result = new SimpleStringProperty("");
    private final ObservableList<DocumentRef> evidence = FXCollections.observableArrayList();

    public TaskFormViewModel(TaskService tasks, UiContext ui, TaskBoardViewModel board) {
        this.tasks = tasks;
        this.ui = ui;
        this.preview = new TimeframePreview(board::calendar);
        this.activityLinks = new ActivityLinks(tasks, ui);
        timeframeText.addListener(o -> updatePreview());
        directive.addListener(o -> updatePreview());
        status.addListener((obs, old, now) -> {
            if (now == TaskStatus.DONE && completedOn.get() == null) {
                completedOn.set(today());
            } else if (now != TaskStatus.DONE) {
                completedOn.set(null);
            }
        });
        startNew(null);
    }

    /** The documents to pick a directive or evidence from (loaded by the screen). */
    public void setDocuments(List<DocumentRef> documents) {
        directiveChoices.setAll(documents);
        evidenceChoices.setAll(documents);
    }

    /** An empty form, for a task of this directive when one is given. */
    public void startNew(DocumentRef forDirective) {
        editing.set(null);
        errors.clear();
        directive.set(forDirective);
        directiveChoices.clear();
        evidenceChoices.clear();
        section.set("");
        text.set("");
        unitRoles.clear();
        timeframeText.set("");
        status.set(TaskStatus.NOT_STARTED);
        completedOn.set(null);
        result.set("");
        progressNotes.setAll(List.of());
        evidence.clear();
        activityLinks.setAll(List.of());
    }

    /** Loads a task with its notes and evidence into the form. */
    public void edit(long taskId, DocumentRef itsDirective) {
        busy.set(true);
        ui.runner().task(p -> tasks.detail(taskId))
                .onSuccess(found -> found.ifPresentOrElse(d -> fill(d, itsDirective), () -> startNew(null)))
                .onFinished(() -> busy.set(false))
                .start();
    }

    void fill(TaskDetail detail, DocumentRef itsDirective) {
        errors.clear();
        Task task = detail.task();
        directive.set(itsDirective);
        directiveChoices.clear();
        evidenceChoices.clear();
        section.set(task.section() == null ? "" : task.section());
        text.set(task.text());
        unitRoles.fill(task);
        timeframeText.set(task.timeframe().text() == null ? "" : task.timeframe().text());
        status.set(task.status());
        completedOn.set(task.completedOn());
        result.set(task.result() == null ? "" : task.result());
        progressNotes.setAll(detail.notes());
        evidence.setAll(detail.evidence());
        activityLinks.setAll(detail.activities() == null ? List.of() : detail.activities());
        editing.set(detail);
        updatePreview();
    }

    public void chooseDirective(DocumentRef ref) {
        directive.set(ref);
        directiveChoices.clear();
    }

    public void addEvidence(DocumentRef ref) {
        if (evidence.stream().noneMatch(e -> e.id() == ref.id())) {
            evidence.add(ref);
        }
        evidenceChoices.clear();
    }

    public void removeEvidence(DocumentRef ref) {
        evidence.remove(ref);
    }

    /** Done today (unless a completion date is already set); the result and evidence still to write. */
    public void markDone() {
        status.set(TaskStatus.DONE);
        if (completedOn.get() == null) {
            completedOn.set(today());
        }
    }

    /** The time frame as saved: the original one while its text is unchanged, else the text read again. */
    Timeframe timeframe() {
        TaskDetail before = editing.get();
        String written = timeframeText.get() == null ? "" : timeframeText.get().trim();
        if (before != null && written.equals(before.task().timeframe().text() == null ? "" : before.task().timeframe().text())) {
            return before.task().timeframe();
        }
        return Timeframe.parse(written, year());
    }

    private int year() {
        DocumentRef d = directive.get();
        return d != null && d.issueDate().year() != null ? d.issueDate().year() : today().getYear();
    }

    private void updatePreview() {
        preview.update(timeframe(), year());
    }

    public void save() {
        TaskDetail before = editing.get();
        Task task = new Task(before == null ? null : before.task().id(), directive.get() == null ? null : directive.get().id(),
                section.get(), text.get(), timeframe(), status.get(), completedOn.get(), result.get(),
                before == null ? 0 : before.task().position(), unitRoles.assignments());
        TaskDetail detail = new TaskDetail(task, progressNotes.notes(), evidence, activityLinks.activities());
        List<Problem> problems = new ArrayList<>(detail.validate(today()));
        if (errors.show(problems)) {
            return;
        }
        busy.set(true);
        ui.runner().task(p -> tasks.saveDetail(detail))
                .onSuccess(saved -> {
                    editing.set(saved);
                    ui.say(Messages.get("tasks.form.saved", Formats.date(today())));
                    onSaved.accept(saved);
                })
                .onFailure(error -> {
                    if (!errors.showIfValidation(error)) {
                        ui.runner().report(error);
                    }
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    /** Moves the task being edited to the trash (the view asks first). */
    public void delete() {
        TaskDetail current = editing.get();
        if (current == null) {
            return;
        }
        long id = current.task().id();
        busy.set(true);
        ui.runner().task(p -> {
                    tasks.moveToTrash(id);
                    return id;
                })
                .onSuccess(deleted -> {
                    DocumentRef keep = directive.get();
                    startNew(keep);
                    ui.say(Messages.get("tasks.form.deleted"));
                    onDeleted.accept(deleted);
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    private LocalDate today() {
        return LocalDate.now(ui.clock());
    }

    public void setOnSaved(Consumer<TaskDetail> action) {
        this.onSaved = action;
    }

    public void setOnDeleted(Consumer<Long> action) {
        this.onDeleted = action;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObjectProperty<TaskDetail> editingProperty() {
        return editing;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<DocumentRef> directiveProperty() {
        return directive;
    }

    public DocumentChoices directiveChoices() {
        return directiveChoices;
    }

    public DocumentChoices evidenceChoices() {
        return evidenceChoices;
    }

    public StringProperty sectionProperty() {
        return section;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty timeframeTextProperty() {
        return timeframeText;
    }

    public TimeframePreview preview() {
        return preview;
    }

    public ObjectProperty<TaskStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> completedOnProperty() {
        return completedOn;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public ObservableList<DocumentRef> evidence() {
        return evidence;
    }

    UnitRoles unitRoles() {
        return unitRoles;
    }

    ProgressNotes progressNotes() {
        return progressNotes;
    }

    ActivityLinks activityLinks() {
        return activityLinks;
    }
}
