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
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.ActivityRef;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.ProgressNote;
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
    private Consumer<TaskDetail> onSaved = saved -> { };
    private Consumer<Long> onDeleted = id -> { };

    private final ObjectProperty<TaskDetail> editing = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<DocumentRef> directive = new SimpleObjectProperty<>();
    private final DocumentChoices directiveChoices = new DocumentChoices();
    private final DocumentChoices evidenceChoices = new DocumentChoices();
    private final StringProperty section = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Assignment> assignments = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unitToAdd = new SimpleObjectProperty<>();
    private final ObjectProperty<AssignmentRole> roleToAdd = new SimpleObjectProperty<>(AssignmentRole.LEAD);
    private final StringProperty leadWarning = new SimpleStringProperty("");
    private final StringProperty timeframeText = new SimpleStringProperty("");
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(TaskStatus.NOT_STARTED);
    private final ObjectProperty<LocalDate> completedOn = new SimpleObjectProperty<>();
    private final StringProperty result = new SimpleStringProperty("");
    private final ObservableList<ProgressNote> notes = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> noteDate = new SimpleObjectProperty<>();
    private final StringProperty noteText = new SimpleStringProperty("");
    private final ObservableList<DocumentRef> evidence = FXCollections.observableArrayList();
    private final ObservableList<ActivityRef> activities = FXCollections.observableArrayList();
    private final StringProperty activityQuery = new SimpleStringProperty("");
    private final ObservableList<ActivityRef> activityMatches = FXCollections.observableArrayList();
    private final vn.cchcdesk.ui.common.LatestOnly activitySearch;

    public TaskFormViewModel(TaskService tasks, UiContext ui, TaskBoardViewModel board) {
        this.tasks = tasks;
        this.ui = ui;
        this.preview = new TimeframePreview(board::calendar);
        assignments.addListener((javafx.collections.ListChangeListener<Assignment>) c -> checkLead());
        timeframeText.addListener(o -> updatePreview());
        directive.addListener(o -> updatePreview());
        status.addListener((obs, old, now) -> {
            if (now == TaskStatus.DONE && completedOn.get() == null) {
                completedOn.set(today());
            } else if (now != TaskStatus.DONE) {
                completedOn.set(null);
            }
        });
        this.activitySearch = new vn.cchcdesk.ui.common.LatestOnly(ui.runner());
        activityQuery.addListener((obs, old, query) -> searchActivities(query));
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
        assignments.clear();
        roleToAdd.set(AssignmentRole.LEAD);
        unitToAdd.set(null);
        timeframeText.set("");
        status.set(TaskStatus.NOT_STARTED);
        completedOn.set(null);
        result.set("");
        notes.clear();
        evidence.clear();
        activities.clear();
        activityQuery.set("");
        noteDate.set(today());
        noteText.set("");
        checkLead();
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
        assignments.setAll(task.assignments());
        timeframeText.set(task.timeframe().text() == null ? "" : task.timeframe().text());
        status.set(task.status());
        completedOn.set(task.completedOn());
        result.set(task.result() == null ? "" : task.result());
        notes.setAll(detail.notes());
        evidence.setAll(detail.evidence());
        activities.setAll(detail.activities() == null ? List.of() : detail.activities());
        activityQuery.set("");
        noteDate.set(today());
        noteText.set("");
        roleToAdd.set(task.assignments(AssignmentRole.LEAD).isEmpty() ? AssignmentRole.LEAD : AssignmentRole.SUPPORT);
        editing.set(detail);
        updatePreview();
    }

    public void chooseDirective(DocumentRef ref) {
        directive.set(ref);
        directiveChoices.clear();
    }

    /** Adds the chosen unit with the chosen role (or changes its role when it is already there). */
    public void addAssignment() {
        Unit unit = unitToAdd.get();
        if (unit == null || roleToAdd.get() == null) {
            return;
        }
        Task changed = currentAssignments().withRole(unit.id(), unit.name(), roleToAdd.get());
        assignments.setAll(changed.assignments());
        unitToAdd.set(null);
        roleToAdd.set(AssignmentRole.SUPPORT);
    }

    public void changeRole(Assignment assignment, AssignmentRole role) {
        int index = assignments.indexOf(assignment);
        if (index >= 0 && role != null) {
            assignments.set(index, new Assignment(assignment.unitId(), assignment.unitText(), role));
        }
    }

    public void removeAssignment(Assignment assignment) {
        assignments.remove(assignment);
    }

    private Task currentAssignments() {
        return new Task(null, 0L, null, "x", Timeframe.none(), TaskStatus.NOT_STARTED, null, null, 0, assignments);
    }

    private void checkLead() {
        long leads = assignments.stream().filter(a -> a.role() == AssignmentRole.LEAD).count();
        leadWarning.set(leads == 1 ? "" : leads == 0 ? Messages.get("tasks.form.noLead") : Messages.get("tasks.form.manyLeads", leads));
    }

    public void addNote() {
        ProgressNote note = new ProgressNote(noteDate.get(), noteText.get());
        if (errors.show(note.validate(today()))) {
            return;
        }
        notes.add(note);
        notes.sort(java.util.Comparator.comparing(ProgressNote::notedOn));
        noteText.set("");
    }

    public void removeNote(ProgressNote note) {
        notes.remove(note);
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

    /** The first activities matching the words typed (accents optional), read off the FX thread; the newest query wins. */
    private void searchActivities(String query) {
        if (query == null || query.isBlank()) {
            activitySearch.submit(p -> List.<ActivityRef>of(), activityMatches::setAll);
            return;
        }
        String q = query.trim();
        activitySearch.submit(p -> tasks.searchActivities(q, ACTIVITY_MATCHES), found -> activityMatches.setAll(
                found.stream().filter(a -> activities.stream().noneMatch(l -> l.id() == a.id())).toList()));
    }

    static final int ACTIVITY_MATCHES = 8;

    /** Links an activity as evidence (the activity's task becomes this one when the task is saved). */
    public void addActivity(ActivityRef ref) {
        if (activities.stream().noneMatch(a -> a.id() == ref.id())) {
            activities.add(ref);
        }
        activityQuery.set("");
    }

    public void removeActivity(ActivityRef ref) {
        activities.remove(ref);
    }

    public ObservableList<ActivityRef> activities() {
        return activities;
    }

    public StringProperty activityQueryProperty() {
        return activityQuery;
    }

    public ObservableList<ActivityRef> activityMatches() {
        return activityMatches;
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
                before == null ? 0 : before.task().position(), assignments);
        TaskDetail detail = new TaskDetail(task, notes, evidence, activities);
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

    public ObservableList<Assignment> assignments() {
        return assignments;
    }

    public ObjectProperty<Unit> unitToAddProperty() {
        return unitToAdd;
    }

    public ObjectProperty<AssignmentRole> roleToAddProperty() {
        return roleToAdd;
    }

    public StringProperty leadWarningProperty() {
        return leadWarning;
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

    public ObservableList<ProgressNote> notes() {
        return notes;
    }

    public ObjectProperty<LocalDate> noteDateProperty() {
        return noteDate;
    }

    public StringProperty noteTextProperty() {
        return noteText;
    }

    public ObservableList<DocumentRef> evidence() {
        return evidence;
    }
}
