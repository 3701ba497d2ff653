package vn.cchcdesk.store.report;

import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.TASK;
import static vn.cchcdesk.store.jooq.Tables.TASK_ASSIGNMENT;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.Figures;
import vn.cchcdesk.domain.report.ReportWindows;
import vn.cchcdesk.domain.report.TaskFigures;
import vn.cchcdesk.domain.report.TaskGroup;
import vn.cchcdesk.domain.report.TaskLine;
import vn.cchcdesk.domain.report.TaskState;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.TimeframeKind;

/**
 * Tasks a report follows ({@link TaskState#followedIn}) and where they stood. A commune has
 * hundreds of tasks, not hundreds of thousands: they are read once and judged per span in Java.
 */
final class TaskQueries {

    private final DSLContext dsl;

    TaskQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A task row with what judging it needs. */
    private record Row(Record record, DocumentRef directive, LocalDate directiveDate, TaskStatus status, LocalDate completedOn,
                       LocalDate deadline) {

        boolean followedIn(DateRange span) {
            return TaskState.followedIn(span, directiveDate, status, completedOn);
        }

        TaskState stateOn(LocalDate day) {
            return TaskState.at(status, completedOn, deadline, day);
        }
    }

    record Result(TaskFigures figures, List<TaskGroup> groups) {
    }

    Result load(ReportWindows w, LocalDate today) {
        List<Row> rows = rows(w.sameLastYear().from());
        Map<Long, List<String[]>> assignments = assignments(rows);
        LocalDate asOf = w.asOf(today);
        Map<Long, List<TaskLine>> byDirective = new LinkedHashMap<>();
        Map<Long, DocumentRef> directives = new HashMap<>();
        for (Row row : rows) {
            if (!row.followedIn(w.current())) {
                continue;
            }
            directives.put(row.directive().id(), row.directive());
            byDirective.computeIfAbsent(row.directive().id(), id -> new ArrayList<>())
                    .add(line(row, assignments.getOrDefault(row.record().get(TASK.ID), List.of()), row.stateOn(asOf)));
        }
        List<TaskGroup> groups = byDirective.entrySet().stream()
                .map(e -> new TaskGroup(directives.get(e.getKey()), e.getValue())).toList();
        long[][] counts = new long[3][4];
        List<DateRange> spans = List.of(w.current(), w.yearToDate(), w.sameLastYear());
        List<LocalDate> days = List.of(asOf, asOf, w.sameLastYear().to());
        for (int s = 0; s < 3; s++) {
            for (Row row : rows) {
                if (row.followedIn(spans.get(s))) {
                    TaskState state = row.stateOn(days.get(s));
                    counts[s][0]++;
                    counts[s][state == TaskState.DONE ? 1 : state == TaskState.OVERDUE ? 3 : 2]++;
                }
            }
        }
        return new Result(new TaskFigures(figures(counts, 0), figures(counts, 1), figures(counts, 2), figures(counts, 3)), groups);
    }

    private static Figures figures(long[][] counts, int kind) {
        return new Figures(counts[0][kind], counts[1][kind], counts[2][kind]);
    }

    /** Live tasks of live documents that were still open, or finished, on or after a day. */
    private List<Row> rows(LocalDate since) {
        return dsl.select(DocumentQueries.REF).select(DOCUMENT.ARRIVAL_DATE, DOCUMENT.ISSUE_SORT_KEY, TASK.ID, TASK.TEXT,
                        TASK.STATUS, TASK.COMPLETED_ON, TASK.DUE_DATE, TASK.PERIOD_TO, TASK.TIMEFRAME_KIND, TASK.TIMEFRAME_TEXT,
                        TASK.RESULT)
                .from(TASK).join(DOCUMENT).on(DOCUMENT.ID.eq(TASK.DOCUMENT_ID))
                .where(TASK.DELETED_AT.isNull().and(DOCUMENT.DELETED_AT.isNull())
                        .and(TASK.STATUS.ne(TaskStatus.DONE.name()).or(TASK.COMPLETED_ON.ge(since))))
                .orderBy(DOCUMENT.ISSUE_SORT_KEY, DOCUMENT.ID, TASK.POSITION, TASK.ID)
                .fetch(r -> {
                    DocumentRef directive = DocumentQueries.ref(r);
                    LocalDate directiveDate = r.get(DOCUMENT.ARRIVAL_DATE) != null ? r.get(DOCUMENT.ARRIVAL_DATE)
                            : directive.issueDate().earliest().orElse(null);
                    boolean periodic = TimeframeKind.PERIODIC.name().equals(r.get(TASK.TIMEFRAME_KIND));
                    LocalDate deadline = periodic ? null : r.get(TASK.DUE_DATE) != null ? r.get(TASK.DUE_DATE) : r.get(TASK.PERIOD_TO);
                    return new Row(r, directive, directiveDate, TaskStatus.valueOf(r.get(TASK.STATUS)), r.get(TASK.COMPLETED_ON), deadline);
                });
    }

    /** Per task: {role, unit name} in the directive's order, the catalogue's name where the unit is linked. */
    private Map<Long, List<String[]>> assignments(List<Row> rows) {
        Map<Long, List<String[]>> byTask = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> r.record().get(TASK.ID)).toList();
        if (ids.isEmpty()) {
            return byTask;
        }
        var name = DSL.coalesce(UNIT.NAME, TASK_ASSIGNMENT.UNIT_TEXT);
        dsl.select(TASK_ASSIGNMENT.TASK_ID, TASK_ASSIGNMENT.ROLE, name).from(TASK_ASSIGNMENT)
                .leftJoin(UNIT).on(UNIT.ID.eq(TASK_ASSIGNMENT.UNIT_ID))
                .where(TASK_ASSIGNMENT.TASK_ID.in(ids))
                .orderBy(TASK_ASSIGNMENT.TASK_ID, TASK_ASSIGNMENT.ID)
                .forEach(r -> byTask.computeIfAbsent(r.get(TASK_ASSIGNMENT.TASK_ID), id -> new ArrayList<>())
                        .add(new String[] {r.get(TASK_ASSIGNMENT.ROLE), r.get(name)}));
        return byTask;
    }

    private static TaskLine line(Row row, List<String[]> assignments, TaskState state) {
        List<String> leads = new ArrayList<>();
        List<String> requested = new ArrayList<>();
        List<String> supports = new ArrayList<>();
        for (String[] a : assignments) {
            switch (AssignmentRole.valueOf(a[0])) {
                case LEAD -> leads.add(a[1]);
                case REQUESTED -> {
                    leads.add(a[1]);
                    requested.add(a[1]);
                }
                case SUPPORT -> supports.add(a[1]);
            }
        }
        Record r = row.record();
        return new TaskLine(r.get(TASK.ID), r.get(TASK.TEXT), leads, requested, supports, r.get(TASK.DUE_DATE),
                r.get(TASK.TIMEFRAME_TEXT), state, r.get(TASK.COMPLETED_ON), r.get(TASK.RESULT));
    }
}
