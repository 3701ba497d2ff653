package vn.cchcdesk.domain.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as Biểu 3 lists it.
 *
 * @param leads          units that lead it; a body that is requested rather than assigned (đề
 *                       nghị) is listed here too, marked by {@code requested}
 * @param requested      which of the leads are requested
 * @param dueDate        the day it is due, when the directive names one
 * @param timeframeText  the time frame as written, for tasks without a due day
 */
public record TaskLine(long taskId, String text, List<String> leads, List<String> requested, List<String> supports,
                       LocalDate dueDate, String timeframeText, TaskState state, LocalDate completedOn, String result) {

    public TaskLine {
        leads = List.copyOf(leads);
        requested = List.copyOf(requested);
        supports = List.copyOf(supports);
    }
}
