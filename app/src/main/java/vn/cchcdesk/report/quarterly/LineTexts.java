package vn.cchcdesk.report.quarterly;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.report.DocumentLine;
import vn.cchcdesk.domain.report.TaskLine;
import vn.cchcdesk.domain.report.TaskState;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.Labels;

/**
 * What a line of Biểu 3 (tasks) and Biểu 4 (documents) says in its text cells: one wording for
 * the workbook and its printed pages ({@code report.print}), so the two never drift apart.
 */
public final class LineTexts {

    private LineTexts() {
    }

    /** Leads, a requested body marked "(đề nghị)". */
    public static String units(List<String> leads, List<String> requested) {
        List<String> names = new ArrayList<>();
        for (String lead : leads) {
            names.add(requested.contains(lead) ? Messages.get("reports.b3.requested", lead) : lead);
        }
        return String.join("; ", names);
    }

    /** The due date, or the time frame's words when the task has no single date. */
    public static String deadline(TaskLine task) {
        if (task.dueDate() != null) {
            return Formats.date(task.dueDate());
        }
        return task.timeframeText() == null ? "" : task.timeframeText();
    }

    /** The result, preceded by the day it was done. */
    public static String result(TaskLine task) {
        String result = task.result() == null ? "" : task.result();
        if (task.state() == TaskState.DONE && task.completedOn() != null) {
            String done = Messages.get("reports.b3.completedOn", Formats.date(task.completedOn()));
            return result.isEmpty() ? done : done + ". " + result;
        }
        return result;
    }

    public static String number(DocumentLine d) {
        return d.ref().number() == null ? "" : d.ref().number().format();
    }

    /** Incoming: progress, and the deadline while it is not done. */
    public static String progress(DocumentLine d) {
        List<String> parts = new ArrayList<>();
        parts.add(Labels.of("reports.handling", d.handlingStatus()));
        if (d.handlingStatus() != HandlingStatus.DONE && d.handlingDeadline() != null) {
            parts.add(Messages.get("reports.b4.deadline", Formats.date(d.handlingDeadline())));
        }
        return String.join("\n", parts);
    }

    /** Outgoing: copies sent. */
    public static String copies(DocumentLine d) {
        return d.copies() == null ? "" : Messages.get("reports.b4.copies", d.copies());
    }
}
