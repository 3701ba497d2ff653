package vn.cchcdesk.ui.tasks;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.task.ActivityRef;
import vn.cchcdesk.store.task.TaskService;
import vn.cchcdesk.ui.common.LatestOnly;
import vn.cchcdesk.ui.common.UiContext;

/**
 * The activities linked to the task form as its evidence, and the search that finds more as the
 * clerk types.
 */
final class ActivityLinks {

    static final int ACTIVITY_MATCHES = 8;

    private final TaskService tasks;
    private final ObservableList<ActivityRef> activities = FXCollections.observableArrayList();
    private final StringProperty activityQuery = new SimpleStringProperty("");
    private final ObservableList<ActivityRef> activityMatches = FXCollections.observableArrayList();
    private final LatestOnly activitySearch;

    ActivityLinks(TaskService tasks, UiContext ui) {
        this.tasks = tasks;
        this.activitySearch = new LatestOnly(ui.runner());
        activityQuery.addListener((obs, old, query) -> searchActivities(query));
    }

    /** The task's linked activities (none for a new task), with the search box emptied. */
    void setAll(List<ActivityRef> linked) {
        activities.setAll(linked);
        activityQuery.set("");
    }

    /** The first activities matching the words typed (accents optional), read off the FX thread; the newest query wins. */
    private void searchActivities(String query) {
        if (query == null || query.isBlank()) {
            activitySearch.submit(p -> List.<ActivityRef>of(), activityMatches::setAll);
            return;
        }
        String q = query.trim();
        activitySearch.submit(p -> tasks.searchActivities(q, ACTIVITY_MATCHES), found -> activityMatches.setAll(
                found.stream().filter(a -> activities.stream().noneMatch(l -> l.id() == a.id())).toList()));
    }

    /** Links an activity as evidence (the activity's task becomes this one when the task is saved). */
    void addActivity(ActivityRef ref) {
        if (activities.stream().noneMatch(a -> a.id() == ref.id())) {
            activities.add(ref);
        }
        activityQuery.set("");
    }

    void removeActivity(ActivityRef ref) {
        activities.remove(ref);
    }

    ObservableList<ActivityRef> activities() {
        return activities;
    }

    StringProperty activityQueryProperty() {
        return activityQuery;
    }

    ObservableList<ActivityRef> activityMatches() {
        return activityMatches;
    }
}
