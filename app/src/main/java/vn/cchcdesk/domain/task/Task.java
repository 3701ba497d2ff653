package vn.cchcdesk.domain.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * A task a directive gives: its text and section, the units with their roles, its time frame,
 * and how far it has come. Whether it is overdue is derived from the dates, never stored.
 *
 * @param documentId the directive that gives it
 * @param section    where in the directive ("2.1. Phòng Văn hóa - Xã hội"), or null
 * @param position   order within the directive
 */
public record Task(Long id, Long documentId, String section, String text, Timeframe timeframe, TaskStatus status,
                   LocalDate completedOn, String result, int position, List<Assignment> assignments) {

    public static final int TEXT_MAX = 10_000;

    public Task {
        section = VietnameseText.cleanOrNull(section);
        text = VietnameseText.clean(text == null ? "" : text);
        timeframe = timeframe == null ? Timeframe.none() : timeframe;
        status = status == null ? TaskStatus.NOT_STARTED : status;
        result = VietnameseText.cleanOrNull(result);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    /** A new task of a directive, not started, with no time frame. */
    public static Task of(long documentId, String text, List<Assignment> assignments) {
        return new Task(null, documentId, null, text, Timeframe.none(), TaskStatus.NOT_STARTED, null, null, 0, assignments);
    }

    public Task withId(Long newId) {
        return new Task(newId, documentId, section, text, timeframe, status, completedOn, result, position, assignments);
    }

    public Task withDocument(Long directiveId, int newPosition) {
        return new Task(id, directiveId, section, text, timeframe, status, completedOn, result, newPosition, assignments);
    }

    public Task done(LocalDate on, String outcome) {
        return new Task(id, documentId, section, text, timeframe, TaskStatus.DONE, on, outcome, position, assignments);
    }

    /**
     * This task with a unit given a role, its role changed (keeping how the directive names it),
     * or (role null) the unit taken off: one cell of the responsibility matrix.
     */
    public Task withRole(long unitId, String unitName, AssignmentRole role) {
        List<Assignment> changed = new ArrayList<>();
        boolean found = false;
        for (Assignment a : assignments) {
            if (a.unitId() != null && a.unitId() == unitId) {
                found = true;
                if (role != null) {
                    changed.add(new Assignment(unitId, a.unitText(), role));
                }
            } else {
                changed.add(a);
            }
        }
        if (!found && role != null) {
            changed.add(new Assignment(unitId, unitName, role));
        }
        return new Task(id, documentId, section, text, timeframe, status, completedOn, result, position, changed);
    }

    /** The role of a catalogue unit in this task, null when it has none. */
    public AssignmentRole roleOf(long unitId) {
        for (Assignment a : assignments) {
            if (a.unitId() != null && a.unitId() == unitId) {
                return a.role();
            }
        }
        return null;
    }

    /** Exactly one unit should lead a task (Nghị định 30, Điều 23); the clerk is warned otherwise. */
    public boolean hasOneLead() {
        return assignments(AssignmentRole.LEAD).size() == 1;
    }

    public List<Assignment> assignments(AssignmentRole role) {
        return assignments.stream().filter(a -> a.role() == role).toList();
    }

    /** Rules checked before saving; "today" bounds the completion date. */
    public List<Problem> validate(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (documentId == null) {
            problems.add(Problem.of("document", "validation.required"));
        }
        if (text.isEmpty()) {
            problems.add(Problem.of("text", "validation.required"));
        } else if (text.length() > TEXT_MAX) {
            problems.add(Problem.of("text", "validation.tooLong", TEXT_MAX));
        }
        if (section != null && section.length() > 300) {
            problems.add(Problem.of("section", "validation.tooLong", 300));
        }
        if (status == TaskStatus.DONE && completedOn == null) {
            problems.add(Problem.of("completedOn", "tasks.validation.completedOnRequired"));
        }
        if (status != TaskStatus.DONE && completedOn != null) {
            problems.add(Problem.of("completedOn", "tasks.validation.completedOnOnlyWhenDone"));
        }
        if (completedOn != null && completedOn.isAfter(today)) {
            problems.add(Problem.of("completedOn", "tasks.validation.completedInFuture"));
        }
        if (timeframe != null && timeframe.text() != null && timeframe.text().length() > 500) {
            // the column's width: a longer text ended in H2's "value too long"
            problems.add(Problem.of("timeframe", "validation.tooLong", 500));
        }
        if (result != null && result.length() > 4000) {
            problems.add(Problem.of("result", "validation.tooLong", 4000));
        }
        Set<Long> units = new HashSet<>();
        for (Assignment assignment : assignments) {
            if (assignment.role() == null) {
                problems.add(Problem.of("assignments", "validation.required"));
            }
            if (assignment.unitText() == null || assignment.unitText().isEmpty()) {
                problems.add(Problem.of("assignments", "validation.required"));
            }
            if (assignment.unitId() != null && !units.add(assignment.unitId())) {
                problems.add(Problem.of("assignments", "tasks.validation.unitTwice", assignment.unitText()));
            }
        }
        return problems;
    }
}
