package vn.cchcdesk.domain.report;

import java.util.List;
import vn.cchcdesk.domain.document.DocumentRef;

/** The tasks of one directive, in the directive's order. */
public record TaskGroup(DocumentRef directive, List<TaskLine> tasks) {

    public TaskGroup {
        tasks = List.copyOf(tasks);
    }
}
