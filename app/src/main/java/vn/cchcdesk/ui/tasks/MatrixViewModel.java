package vn.cchcdesk.ui.tasks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.i18n.Messages;

/**
 * The responsibility matrix: tasks grouped by directive down, units across, each cell the unit's
 * role (C, P, Đ). A typed cell changes at once on screen and is saved in its own transaction;
 * saves run one after the other, in the order typed, so two quick edits of one task never
 * overwrite each other. The last {@value #UNDO_DEPTH} edits can be undone, newest first.
 */
public final class MatrixViewModel {

    static final int UNDO_DEPTH = 100;

    private final TaskBoardViewModel board;
    private final ObservableList<BoardLine> lines = FXCollections.observableArrayList();
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Runnable> saves = new ArrayDeque<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final IntegerProperty undoable = new SimpleIntegerProperty();

    /** One cell changed: the task's units before it, to put them back exactly (undo is newest first). */
    record Edit(long taskId, List<Assignment> before) {
    }

    public MatrixViewModel(TaskBoardViewModel board) {
        this.board = board;
        board.visibleRows().addListener((ListChangeListener<TaskRow>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        lines.setAll(board.lines());
    }

    public ObservableList<BoardLine> lines() {
        return lines;
    }

    public ObservableList<Unit> units() {
        return board.units();
    }

    /** The role shown in a cell (null: empty). */
    public AssignmentRole role(BoardLine line, Unit unit) {
        return line instanceof BoardLine.Item item ? item.row().task().roleOf(unit.id()) : null;
    }

    /** Sets a cell (role null clears it); nothing happens when it already holds that role. */
    public void set(long taskId, Unit unit, AssignmentRole role) {
        board.row(taskId).ifPresent(row -> {
            AssignmentRole before = row.task().roleOf(unit.id());
            if (before == role) {
                return;
            }
            Edit edit = new Edit(taskId, row.task().assignments());
            undo.push(edit);
            while (undo.size() > UNDO_DEPTH) {
                undo.removeLast();
            }
            undoable.set(undo.size());
            Task changed = row.task().withRole(unit.id(), unit.name(), role);
            apply(changed, () -> board.service().assign(taskId, unit.id(), unit.name(), role));
        });
    }

    /** Takes back the newest edit not yet undone. */
    public void undo() {
        Edit edit = undo.poll();
        if (edit == null) {
            board.ui().say(Messages.get("tasks.matrix.nothingToUndo"));
            return;
        }
        undoable.set(undo.size());
        board.row(edit.taskId()).ifPresent(row -> {
            Task restored = new Task(row.task().id(), row.task().documentId(), row.task().section(), row.task().text(),
                    row.task().timeframe(), row.task().status(), row.task().completedOn(), row.task().result(),
                    row.task().position(), edit.before());
            apply(restored, () -> board.service().replaceAssignments(edit.taskId(), edit.before()));
        });
        board.ui().say(Messages.get("tasks.matrix.undone"));
    }

    /** Shows the change at once, then queues its save behind the ones already waiting. */
    private void apply(Task shown, java.util.concurrent.Callable<Task> save) {
        board.replace(shown);
        saves.add(() -> board.ui().runner()
                .task(p -> save.call())
                // the screen already shows the change (Task.withRole, the same rule the service applies)
                .onSuccess(saved -> board.ui().say(Messages.get("tasks.matrix.saved")))
                .onFailure(error -> {
                    // what is on screen may now differ from what is stored: show the stored state
                    saves.clear();
                    undo.clear();
                    undoable.set(0);
                    board.load();
                    board.ui().runner().report(error);
                })
                .onFinished(this::next)
                .start());
        if (!saving.get()) {
            next();
        }
    }

    private void next() {
        Runnable save = saves.poll();
        saving.set(save != null);
        if (save != null) {
            save.run();
        }
    }

    /** Rows of the tasks that have not exactly one lead: for the warning mark. */
    public boolean leadWarning(BoardLine line) {
        return line instanceof BoardLine.Item item && !item.row().task().hasOneLead();
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public IntegerProperty undoableProperty() {
        return undoable;
    }

    List<Task> tasks() {
        return lines.stream().filter(l -> l instanceof BoardLine.Item).map(l -> ((BoardLine.Item) l).row().task()).toList();
    }
}
