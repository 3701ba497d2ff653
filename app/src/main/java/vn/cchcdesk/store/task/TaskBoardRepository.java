package vn.cchcdesk.store.task;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.TASK;
import static vn.cchcdesk.store.jooq.Tables.TASK_ASSIGNMENT;
import static vn.cchcdesk.store.jooq.Tables.TASK_EVIDENCE_DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.TASK_PROGRESS_NOTE;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.ActivityRef;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.ProgressNote;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.store.activity.ActivityRepository;
import vn.cchcdesk.store.jooq.tables.records.TaskRecord;

/**
 * What the task screens read: every live task of a live directive with its directive and counts
 * (four queries, whatever the number of tasks), the documents to pick from, a task's notes and
 * evidence. Writes of notes and evidence happen only inside a service transaction.
 */
public final class TaskBoardRepository {

    private final DSLContext dsl;

    public TaskBoardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Live tasks of live documents, in directive order (newest directive first), then task order. */
    public List<TaskRow> rows() {
        Map<Long, List<Assignment>> assignments = new HashMap<>();
        dsl.select(TASK_ASSIGNMENT.TASK_ID, TASK_ASSIGNMENT.UNIT_ID, TASK_ASSIGNMENT.UNIT_TEXT, TASK_ASSIGNMENT.ROLE)
                .from(TASK_ASSIGNMENT).join(TASK).on(TASK.ID.eq(TASK_ASSIGNMENT.TASK_ID))
                .where(TASK.DELETED_AT.isNull())
                .orderBy(TASK_ASSIGNMENT.ID)
                .forEach(r -> assignments.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Assignment(r.value2(), r.value3(), AssignmentRole.valueOf(r.value4()))));
        Map<Long, Integer> notes = counts(TASK_PROGRESS_NOTE, TASK_PROGRESS_NOTE.TASK_ID, DSL.noCondition());
        Map<Long, Integer> evidence = counts(TASK_EVIDENCE_DOCUMENT, TASK_EVIDENCE_DOCUMENT.TASK_ID,
                TASK_EVIDENCE_DOCUMENT.DOCUMENT_ID.in(DSL.select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.DELETED_AT.isNull())));
        Map<Long, Integer> activities = counts(ACTIVITY, ACTIVITY.TASK_ID, ACTIVITY.DELETED_AT.isNull().and(ACTIVITY.TASK_ID.isNotNull()));

        List<Field<?>> fields = new ArrayList<>(List.of(TASK.fields()));
        fields.addAll(List.of(DocumentRefs.FIELDS));
        return dsl.select(fields).from(TASK).join(DOCUMENT).on(DOCUMENT.ID.eq(TASK.DOCUMENT_ID))
                .where(TASK.DELETED_AT.isNull()).and(DOCUMENT.DELETED_AT.isNull())
                .orderBy(DOCUMENT.ISSUE_SORT_KEY.desc(), DOCUMENT.ID.desc(), TASK.POSITION, TASK.ID)
                .fetch(r -> toRow(r, assignments, notes, evidence, activities));
    }

    private static TaskRow toRow(Record r, Map<Long, List<Assignment>> assignments, Map<Long, Integer> notes,
                                 Map<Long, Integer> evidence, Map<Long, Integer> activities) {
        TaskRecord task = r.into(TASK);
        DocumentRef directive = DocumentRefs.toRef(r);
        long id = task.getId();
        int year = directive.issueDate().year() != null ? directive.issueDate().year() : task.getCreatedAt().getYear();
        return new TaskRow(TaskRepository.toTask(task, assignments.getOrDefault(id, List.of())), directive, year,
                notes.getOrDefault(id, 0), evidence.getOrDefault(id, 0), activities.getOrDefault(id, 0));
    }

    private Map<Long, Integer> counts(Table<?> table, Field<Long> taskId, org.jooq.Condition condition) {
        Map<Long, Integer> counts = new HashMap<>();
        dsl.select(taskId, DSL.count()).from(table).where(condition).groupBy(taskId)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Live documents, newest first: what a task's directive or evidence is picked from. */
    public List<DocumentRef> documents() {
        return dsl.select(DocumentRefs.FIELDS).from(DOCUMENT).where(DOCUMENT.DELETED_AT.isNull())
                .orderBy(DOCUMENT.ISSUE_SORT_KEY.desc(), DOCUMENT.ID.desc())
                .fetch(DocumentRefs::toRef);
    }

    public List<ProgressNote> notes(long taskId) {
        return dsl.selectFrom(TASK_PROGRESS_NOTE).where(TASK_PROGRESS_NOTE.TASK_ID.eq(taskId))
                .orderBy(TASK_PROGRESS_NOTE.NOTED_ON, TASK_PROGRESS_NOTE.ID)
                .fetch(r -> new ProgressNote(r.getNotedOn(), r.getText()));
    }

    /** Evidence documents still live, in the order they were linked. */
    public List<DocumentRef> evidence(long taskId) {
        return dsl.select(DocumentRefs.FIELDS).from(TASK_EVIDENCE_DOCUMENT)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(TASK_EVIDENCE_DOCUMENT.DOCUMENT_ID))
                .where(TASK_EVIDENCE_DOCUMENT.TASK_ID.eq(taskId)).and(DOCUMENT.DELETED_AT.isNull())
                .orderBy(DOCUMENT.ISSUE_SORT_KEY, DOCUMENT.ID)
                .fetch(DocumentRefs::toRef);
    }

    /** Live activities carried out for the task, oldest first. */
    public List<ActivityRef> activities(long taskId) {
        return dsl.select(ACTIVITY.ID, ACTIVITY.ACTIVITY_DATE, UNIT.NAME, PUBLICITY_FORM.NAME, ACTIVITY.TITLE)
                .from(ACTIVITY).join(UNIT).on(UNIT.ID.eq(ACTIVITY.UNIT_ID))
                .join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(ACTIVITY.FORM_ID))
                .where(ACTIVITY.TASK_ID.eq(taskId)).and(ACTIVITY.DELETED_AT.isNull())
                .orderBy(ACTIVITY.ACTIVITY_DATE, ACTIVITY.ID)
                .fetch(r -> new ActivityRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Live activities whose date, unit, form or title has every word (accents optional), newest first. */
    public List<ActivityRef> searchActivities(String query, int limit) {
        ActivityFilter filter = ActivityFilter.all();
        StringBuilder words = new StringBuilder();
        for (String word : query.trim().split("\\s+")) {
            // a date typed as the list shows it ("14/05/2026") picks that day; the search text has no dates
            java.util.Optional<java.time.LocalDate> day = vn.cchcdesk.domain.text.Formats.parseDate(word);
            if (day.isPresent()) {
                filter = filter.between(day.get(), day.get());
            } else {
                words.append(word).append(' ');
            }
        }
        return new ActivityRepository(dsl).search(filter.search(words.toString()), 0, limit).stream()
                .map(r -> new ActivityRef(r.id(), r.activity().date(), r.unitName(), r.formName(), r.activity().title()))
                .toList();
    }

    /**
     * Makes exactly these live activities the task's (the link is the activity's task): others
     * linked before are let go; activities in the trash keep their link, to come back with it.
     */
    public void replaceActivities(long taskId, List<Long> activityIds, java.time.LocalDateTime now) {
        dsl.update(ACTIVITY).setNull(ACTIVITY.TASK_ID).set(ACTIVITY.UPDATED_AT, now)
                .where(ACTIVITY.TASK_ID.eq(taskId)).and(ACTIVITY.DELETED_AT.isNull())
                .and(activityIds.isEmpty() ? DSL.noCondition() : ACTIVITY.ID.notIn(activityIds))
                .execute();
        if (!activityIds.isEmpty()) {
            dsl.update(ACTIVITY).set(ACTIVITY.TASK_ID, taskId).set(ACTIVITY.UPDATED_AT, now)
                    .where(ACTIVITY.ID.in(activityIds)).and(ACTIVITY.DELETED_AT.isNull())
                    .and(ACTIVITY.TASK_ID.isNull().or(ACTIVITY.TASK_ID.ne(taskId)))
                    .execute();
        }
    }

    public void replaceNotes(long taskId, List<ProgressNote> notes) {
        dsl.deleteFrom(TASK_PROGRESS_NOTE).where(TASK_PROGRESS_NOTE.TASK_ID.eq(taskId)).execute();
        for (ProgressNote note : notes) {
            dsl.insertInto(TASK_PROGRESS_NOTE)
                    .set(TASK_PROGRESS_NOTE.TASK_ID, taskId)
                    .set(TASK_PROGRESS_NOTE.NOTED_ON, note.notedOn())
                    .set(TASK_PROGRESS_NOTE.TEXT, note.text())
                    .execute();
        }
    }

    /** Replaces the live evidence links; links to documents in the trash stay, to come back with them. */
    public void replaceEvidence(long taskId, List<Long> documentIds) {
        dsl.deleteFrom(TASK_EVIDENCE_DOCUMENT).where(TASK_EVIDENCE_DOCUMENT.TASK_ID.eq(taskId))
                .and(TASK_EVIDENCE_DOCUMENT.DOCUMENT_ID.in(DSL.select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.DELETED_AT.isNull())))
                .execute();
        for (Long documentId : documentIds) {
            dsl.insertInto(TASK_EVIDENCE_DOCUMENT)
                    .set(TASK_EVIDENCE_DOCUMENT.TASK_ID, taskId)
                    .set(TASK_EVIDENCE_DOCUMENT.DOCUMENT_ID, documentId)
                    .execute();
        }
    }
}
