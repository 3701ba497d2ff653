package vn.cchcdesk.store.task;

import static vn.cchcdesk.store.jooq.Tables.TASK;
import static vn.cchcdesk.store.jooq.Tables.TASK_ASSIGNMENT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Recurrence;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.domain.task.TimeframeKind;
import vn.cchcdesk.store.jooq.tables.records.TaskAssignmentRecord;
import vn.cchcdesk.store.jooq.tables.records.TaskRecord;
import vn.cchcdesk.store.search.SearchText;

/** Tasks with their unit assignments. Writes only inside a service transaction; deleted tasks go to the trash. */
public final class TaskRepository {

    /** Tasks per multi-row insert of {@link #insertAll}. */
    private static final int BULK = 200;

    private final DSLContext dsl;

    public TaskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(Task task, LocalDateTime now) {
        TaskRecord record = dsl.newRecord(TASK);
        fill(record, task);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.store();
        insertAssignments(record.getId(), task.assignments());
        return record.getId();
    }

    /** Inserts many tasks with their assignments in multi-row statements (imports, demo data); ids in the order given. */
    public List<Long> insertAll(List<Task> tasks, LocalDateTime now) {
        List<Long> ids = new ArrayList<>(tasks.size());
        for (int start = 0; start < tasks.size(); start += BULK) {
            List<Task> chunk = tasks.subList(start, Math.min(tasks.size(), start + BULK));
            InsertSetMoreStep<TaskRecord> insert = null;
            for (Task task : chunk) {
                TaskRecord record = dsl.newRecord(TASK);
                fill(record, task);
                record.setCreatedAt(now);
                record.setUpdatedAt(now);
                insert = insert == null ? dsl.insertInto(TASK).set(record) : insert.newRecord().set(record);
            }
            // identities are handed out in row order within one statement
            List<Long> chunkIds = insert.returningResult(TASK.ID).fetch(TASK.ID).stream().sorted().toList();
            List<TaskAssignmentRecord> assignments = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                for (Assignment assignment : chunk.get(i).assignments()) {
                    TaskAssignmentRecord r = dsl.newRecord(TASK_ASSIGNMENT);
                    r.setTaskId(chunkIds.get(i));
                    r.setUnitId(assignment.unitId());
                    r.setUnitText(assignment.unitText());
                    r.setRole(assignment.role().name());
                    assignments.add(r);
                }
            }
            dsl.batchInsert(assignments).execute();
            ids.addAll(chunkIds);
        }
        return ids;
    }

    public void update(Task task, LocalDateTime now) {
        TaskRecord record = dsl.fetchSingle(TASK, TASK.ID.eq(task.id()));
        fill(record, task);
        record.setUpdatedAt(now);
        record.store();
        dsl.deleteFrom(TASK_ASSIGNMENT).where(TASK_ASSIGNMENT.TASK_ID.eq(task.id())).execute();
        insertAssignments(task.id(), task.assignments());
    }

    private void insertAssignments(long taskId, List<Assignment> assignments) {
        for (Assignment assignment : assignments) {
            TaskAssignmentRecord r = dsl.newRecord(TASK_ASSIGNMENT);
            r.setTaskId(taskId);
            r.setUnitId(assignment.unitId());
            r.setUnitText(assignment.unitText());
            r.setRole(assignment.role().name());
            r.store();
        }
    }

    public Optional<Task> findById(long id) {
        return dsl.selectFrom(TASK).where(TASK.ID.eq(id).and(TASK.DELETED_AT.isNull())).fetchOptional()
                .map(r -> toTask(r, assignments(List.of(id)).getOrDefault(id, List.of())));
    }

    /** A directive's live tasks in their order. */
    public List<Task> findByDocument(long documentId) {
        List<TaskRecord> rows = dsl.selectFrom(TASK)
                .where(TASK.DOCUMENT_ID.eq(documentId).and(TASK.DELETED_AT.isNull()))
                .orderBy(TASK.POSITION, TASK.ID).fetch();
        Map<Long, List<Assignment>> byTask = assignments(rows.stream().map(TaskRecord::getId).toList());
        return rows.stream().map(r -> toTask(r, byTask.getOrDefault(r.getId(), List.of()))).toList();
    }

    public int nextPosition(long documentId) {
        Integer max = dsl.select(DSL.max(TASK.POSITION)).from(TASK).where(TASK.DOCUMENT_ID.eq(documentId)).fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    public void moveToTrash(long id, LocalDateTime now) {
        dsl.update(TASK).set(TASK.DELETED_AT, now).where(TASK.ID.eq(id)).execute();
    }

    public void restoreFromTrash(long id, LocalDateTime now) {
        dsl.update(TASK).set(TASK.DELETED_AT, (LocalDateTime) null).set(TASK.UPDATED_AT, now).where(TASK.ID.eq(id)).execute();
    }

    /** Assignments of many tasks in one query, in the order they were written. */
    public Map<Long, List<Assignment>> assignments(List<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(TASK_ASSIGNMENT).where(TASK_ASSIGNMENT.TASK_ID.in(taskIds)).orderBy(TASK_ASSIGNMENT.ID)
                .fetch().stream()
                .collect(Collectors.groupingBy(TaskAssignmentRecord::getTaskId, Collectors.mapping(
                        r -> new Assignment(r.getUnitId(), r.getUnitText(), AssignmentRole.valueOf(r.getRole())),
                        Collectors.toList())));
    }

    static void fill(TaskRecord r, Task t) {
        r.setDocumentId(t.documentId());
        r.setSection(t.section());
        r.setText(t.text());
        r.setTextFolded(SearchText.task(t.text()));
        Timeframe tf = t.timeframe();
        r.setTimeframeKind(tf.kind().name());
        r.setTimeframeText(tf.text());
        r.setPeriodFrom(tf.periodFrom());
        r.setPeriodTo(tf.periodTo());
        r.setDueDate(tf.dueDate());
        r.setRecurrence(tf.recurrence() == null ? null : tf.recurrence().name());
        r.setRecurrenceDay(tf.recurrenceDay());
        r.setStatus(t.status().name());
        r.setCompletedOn(t.completedOn());
        r.setResult(t.result());
        r.setPosition(t.position());
    }

    public static Task toTask(TaskRecord r, List<Assignment> assignments) {
        Timeframe timeframe = new Timeframe(TimeframeKind.valueOf(r.getTimeframeKind()), r.getTimeframeText(),
                r.getPeriodFrom(), r.getPeriodTo(), r.getDueDate(),
                r.getRecurrence() == null ? null : Recurrence.valueOf(r.getRecurrence()), r.getRecurrenceDay());
        return new Task(r.getId(), r.getDocumentId(), r.getSection(), r.getText(), timeframe,
                TaskStatus.valueOf(r.getStatus()), r.getCompletedOn(), r.getResult(), r.getPosition(), assignments);
    }
}
