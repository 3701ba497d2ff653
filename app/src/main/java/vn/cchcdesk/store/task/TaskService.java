package vn.cchcdesk.store.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskDetail;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.store.audit.AuditLog;

/** Saving tasks with their assignments, notes and evidence, each change one transaction with its audit line. */
public final class TaskService {

    private final DSLContext dsl;
    private final TaskRepository tasks;
    private final TaskBoardRepository board;
    private final AuditLog audit;
    private final Clock clock;

    public TaskService(DSLContext dsl, TaskRepository tasks, TaskBoardRepository board, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.tasks = tasks;
        this.board = board;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Task> find(long id) {
        return tasks.findById(id);
    }

    public List<Task> ofDocument(long documentId) {
        return tasks.findByDocument(documentId);
    }

    /** Every live task with its directive: what the task screens, the matrix and the start screen show. */
    public List<TaskRow> rows() {
        return board.rows();
    }

    /** Live documents, newest first, to pick a directive or evidence from. */
    public List<DocumentRef> documents() {
        return board.documents();
    }

    /** A task with its progress notes, evidence documents and activities. */
    public Optional<TaskDetail> detail(long id) {
        return tasks.findById(id).map(t -> new TaskDetail(t, board.notes(id), board.evidence(id), board.activities(id)));
    }

    /** Activities to link as a task's evidence: every word of the query in their date, unit, form or title. */
    public List<vn.cchcdesk.domain.task.ActivityRef> searchActivities(String query, int limit) {
        return query == null || query.isBlank() ? List.of() : board.searchActivities(query, limit);
    }

    public Task save(Task task) {
        return saveDetail(TaskDetail.of(task), false).task();
    }

    /** Saves a task with its notes and evidence: all of it or nothing. */
    public TaskDetail saveDetail(TaskDetail detail) {
        return saveDetail(detail, true);
    }

    private TaskDetail saveDetail(TaskDetail detail, boolean withRecords) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Problem> problems = detail.validate(now.toLocalDate());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return dsl.transactionResult(() -> {
            Task task = detail.task();
            TaskDetail saved;
            if (task.id() == null) {
                Task placed = task.withDocument(task.documentId(), tasks.nextPosition(task.documentId()));
                saved = detail.withTask(placed.withId(tasks.insert(placed, now)));
                writeRecords(saved, withRecords, now);
                audit.record("task", saved.task().id(), AuditLog.Action.CREATE, null, withRecords ? saved : saved.task());
            } else {
                Task stored = tasks.findById(task.id()).orElseThrow(() -> new AppException("tasks.notFound"));
                Object before = withRecords ? new TaskDetail(stored, board.notes(task.id()), board.evidence(task.id()),
                        detail.activities() == null ? null : board.activities(task.id())) : stored;
                tasks.update(task, now);
                saved = detail;
                writeRecords(saved, withRecords, now);
                audit.record("task", task.id(), AuditLog.Action.UPDATE, before, withRecords ? saved : task);
            }
            return saved;
        });
    }

    private void writeRecords(TaskDetail detail, boolean withRecords, LocalDateTime now) {
        if (withRecords) {
            board.replaceNotes(detail.task().id(), detail.notes());
            board.replaceEvidence(detail.task().id(), detail.evidence().stream().map(DocumentRef::id).toList());
            if (detail.activities() != null) {
                board.replaceActivities(detail.task().id(), detail.activities().stream().map(vn.cchcdesk.domain.task.ActivityRef::id).toList(), now);
            }
        }
    }

    /**
     * Gives a unit a role in a task, changes it, or (role null) takes the unit off the task: one
     * cell of the responsibility matrix. Returns the task as saved.
     */
    public Task assign(long taskId, long unitId, String unitName, AssignmentRole role) {
        return dsl.transactionResult(() -> {
            Task before = tasks.findById(taskId).orElseThrow(() -> new AppException("tasks.notFound"));
            Task after = before.withRole(unitId, unitName, role);
            List<Problem> problems = after.validate(LocalDate.now(clock));
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            tasks.update(after, LocalDateTime.now(clock));
            audit.record("task", taskId, AuditLog.Action.UPDATE, before, after);
            return after;
        });
    }

    /** Puts back a task's units exactly as they were (the matrix's undo), in one transaction. */
    public Task replaceAssignments(long taskId, java.util.List<vn.cchcdesk.domain.task.Assignment> assignments) {
        return dsl.transactionResult(() -> {
            Task before = tasks.findById(taskId).orElseThrow(() -> new AppException("tasks.notFound"));
            Task after = new Task(before.id(), before.documentId(), before.section(), before.text(), before.timeframe(),
                    before.status(), before.completedOn(), before.result(), before.position(), assignments);
            List<Problem> problems = after.validate(LocalDate.now(clock));
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            tasks.update(after, LocalDateTime.now(clock));
            audit.record("task", taskId, AuditLog.Action.UPDATE, before, after);
            return after;
        });
    }

    public void moveToTrash(long id) {
        dsl.transaction(() -> {
            Task before = tasks.findById(id).orElseThrow(() -> new AppException("tasks.notFound"));
            tasks.moveToTrash(id, LocalDateTime.now(clock));
            audit.record("task", id, AuditLog.Action.DELETE, before, null);
        });
    }

    public void restoreFromTrash(long id) {
        dsl.transaction(() -> {
            tasks.restoreFromTrash(id, LocalDateTime.now(clock));
            audit.record("task", id, AuditLog.Action.RESTORE, null, tasks.findById(id).orElse(null));
        });
    }
}
