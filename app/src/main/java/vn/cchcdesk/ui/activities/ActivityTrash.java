package vn.cchcdesk.ui.activities;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.activity.ActivityService;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Deleting activities from the list: they go to the trash, and the last delete can be undone from
 * the message it leaves until the clerk dismisses it.
 */
final class ActivityTrash {

    private final ActivityService service;
    private final UiContext ui;
    private final Runnable refresh;
    private final ReadOnlyStringWrapper undoMessage = new ReadOnlyStringWrapper("");
    private List<Long> lastDeleted = List.of();
    private Consumer<List<Long>> onDeleted = ids -> { };

    /** The list is read again (refresh) after a delete or an undo. */
    ActivityTrash(ActivityService service, UiContext ui, Runnable refresh) {
        this.service = service;
        this.ui = ui;
        this.refresh = refresh;
    }

    /** Moves the activities to the trash and offers to undo it. */
    void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> chosen = List.copyOf(ids);
        ui.runner().task(p -> service.moveToTrash(chosen))
                .onSuccess(moved -> {
                    lastDeleted = chosen;
                    onDeleted.accept(chosen);
                    undoMessage.set(Messages.get("activities.deleted", Formats.integer(moved)));
                    refresh.run();
                })
                .start();
    }

    /** Told which activities a delete moved to the trash (the entry form lets go of one it shows). */
    void setOnDeleted(Consumer<List<Long>> action) {
        this.onDeleted = action;
    }

    /** Brings back what the last delete moved to the trash. */
    void undo() {
        if (lastDeleted.isEmpty()) {
            return;
        }
        List<Long> back = lastDeleted;
        lastDeleted = List.of();
        undoMessage.set("");
        ui.runner().task(p -> service.restore(back))
                .onSuccess(restored -> {
                    ui.say(Messages.get("activities.restored", Formats.integer(restored)));
                    refresh.run();
                })
                .start();
    }

    void dismissUndo() {
        lastDeleted = List.of();
        undoMessage.set("");
    }

    ReadOnlyStringProperty undoMessageProperty() {
        return undoMessage.getReadOnlyProperty();
    }
}
