package vn.cchcdesk.store.task;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.store.audit.AuditLog;

/** Saving tasks with their assignments, each change one transaction with its audit line. */
public final class TaskService {

    private final DSLContext dsl;
    private final TaskRepository tasks;
    private final AuditLog audit;
    private final Clock clock;

    public TaskService(DSLContext dsl, TaskRepository tasks, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Task> find(long id) {
        return tasks.findById(id);
    }

    public List<Task> ofDocument(long documentId) {
        return tasks.findByDocument(documentId);
    }

    public Task save(Task task) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Problem> problems = task.validate(now.toLocalDate());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return dsl.transactionResult(() -> {
            if (task.id() == null) {
                Task placed = task.withDocument(task.documentId(), tasks.nextPosition(task.documentId()));
                Task saved = placed.withId(tasks.insert(placed, now));
                audit.record("task", saved.id(), AuditLog.Action.CREATE, null, saved);
                return saved;
            }
            Task before = tasks.findById(task.id()).orElseThrow(() -> new AppException("tasks.notFound"));
            tasks.update(task, now);
            audit.record("task", task.id(), AuditLog.Action.UPDATE, before, task);
            return task;
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
