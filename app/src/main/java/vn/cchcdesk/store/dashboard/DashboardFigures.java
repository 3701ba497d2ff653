package vn.cchcdesk.store.dashboard;

import java.util.List;
import java.util.Map;
import vn.cchcdesk.domain.plan.TargetStatus;

/** Everything the start screen's charts show for a year, read in one go off the FX thread. */
public record DashboardFigures(int year, MonthlyActivities activities, Map<TargetStatus, Integer> targets,
                               List<UnitTasks> tasks, List<UpcomingDeadline> upcoming) {

    public DashboardFigures {
        targets = Map.copyOf(targets);
        tasks = List.copyOf(tasks);
        upcoming = List.copyOf(upcoming);
    }

    public int targets(TargetStatus status) {
        return targets.getOrDefault(status, 0);
    }
}
