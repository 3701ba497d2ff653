package vn.cchcdesk.domain.report;

import java.time.LocalDate;
import java.util.List;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.settings.CommuneSettings;

/**
 * Everything the periodic report of a commune says (the workbook's five sheets and the written
 * report): a pure value filled by the store and rendered by the report package.
 *
 * @param preparedOn     the day it is prepared (the tables' date line)
 * @param taskGroups     Biểu 3: tasks followed in the period, by directive
 * @param received       Biểu 4: directives that arrived in the period
 * @param issued         Biểu 4: documents the commune issued in the period
 * @param yearPlans      the commune's plans of the year it carries out (those with targets first), cited
 *                       at the start of the written report
 * @param highlights     the period's largest activities, for the written report
 * @param activityCount  activities in the period (the rows of Biểu 5)
 * @param details        Biểu 5, streamed
 */
public record QuarterlyReport(ReportWindows windows, CommuneSettings commune, LocalDate preparedOn, Summary summary,
                              List<UnitFigures> units, List<TaskGroup> taskGroups, List<DocumentLine> received,
                              List<DocumentLine> issued, List<DocumentRef> yearPlans, List<ActivityLine> highlights,
                              long activityCount, ActivityLines details) {

    public QuarterlyReport {
        units = List.copyOf(units);
        taskGroups = List.copyOf(taskGroups);
        received = List.copyOf(received);
        issued = List.copyOf(issued);
        yearPlans = List.copyOf(yearPlans);
        highlights = List.copyOf(highlights);
    }

    /** Tasks of the period in Biểu 3 order. */
    public List<TaskLine> tasks() {
        return taskGroups.stream().flatMap(g -> g.tasks().stream()).toList();
    }
}
