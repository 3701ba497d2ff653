package vn.cchcdesk.domain.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.document.DocumentRef;

/**
 * A task with what the clerk records about it: progress notes (oldest first), the documents
 * that are its evidence (tài liệu kiểm chứng) and the publicity activities carried out for it.
 * Saved together, in one transaction.
 *
 * @param activities the activities linked to the task; null leaves the links as they are stored
 *                   (callers that never show them, such as the demo data)
 */
public record TaskDetail(Task task, List<ProgressNote> notes, List<DocumentRef> evidence, List<ActivityRef> activities) {

    /** A detail that leaves the task's activities as they are. */
    public TaskDetail(Task task, List<ProgressNote> notes, List<DocumentRef> evidence) {
        this(task, notes, evidence, null);
    }

    public TaskDetail {
        notes = notes == null ? List.of() : notes.stream()
                .sorted(Comparator.comparing(ProgressNote::notedOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        activities = activities == null ? null : List.copyOf(activities);
    }

    public static TaskDetail of(Task task) {
        return new TaskDetail(task, List.of(), List.of());
    }

    public TaskDetail withTask(Task newTask) {
        return new TaskDetail(newTask, notes, evidence, activities);
    }

    public List<Problem> validate(LocalDate today) {
        List<Problem> problems = new ArrayList<>(task.validate(today));
        for (ProgressNote note : notes) {
            problems.addAll(note.validate(today));
        }
        if (evidence.stream().map(DocumentRef::id).distinct().count() < evidence.size()) {
            problems.add(Problem.of("evidence", "tasks.validation.evidenceTwice"));
        }
        if (task.documentId() != null && evidence.stream().anyMatch(e -> e.id() == task.documentId())) {
            problems.add(Problem.of("evidence", "tasks.validation.evidenceIsDirective"));
        }
        if (activities != null && activities.stream().map(ActivityRef::id).distinct().count() < activities.size()) {
            problems.add(Problem.of("activities", "tasks.validation.activityTwice"));
        }
        return problems;
    }
}
