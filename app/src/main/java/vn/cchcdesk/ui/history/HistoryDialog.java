package vn.cchcdesk.ui.history;

import java.time.format.DateTimeFormatter;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.history.HistoryService;
import vn.cchcdesk.store.history.HistoryService.Change;
import vn.cchcdesk.store.history.HistoryService.FieldChange;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.UiContext;

/**
 * "Lịch sử thay đổi" of any record: when, who, what was done, and the fields before and after
 * side by side. One line opens it from any screen:
 *
 * <pre>{@code HistoryDialog.show(ui, history, "document", document.id());}</pre>
 *
 * (the entity is the name the service writes in the audit log: "document", "task", "activity", "unit"…).
 */
public final class HistoryDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private HistoryDialog() {
    }

    /** Opens the history window (not blocking: the caller goes on). */
    public static Dialog<Void> show(UiContext ui, HistoryService history, String entity, long id) {
        HistoryViewModel model = new HistoryViewModel(history, ui);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(ui.owner());
        dialog.initModality(Modality.NONE);
        dialog.setTitle(Messages.get("history.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("historyDialog");
        dialog.getDialogPane().setContent(content(model));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setPrefSize(900, 600);
        // the window opened 600 wide on its preferred size alone, the headers cut ("Số trường …")
        dialog.getDialogPane().setMinWidth(Math.min(900, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 40));
        model.load(entity, id);
        dialog.show();
        return dialog;
    }

    static VBox content(HistoryViewModel model) {
        TableView<Change> changes = new TableView<>(model.changes());
        changes.setId("historyChanges");
        changes.setPlaceholder(new Label(Messages.get("history.none")));
        changes.getColumns().setAll(
                Columns.text("history.col.when", c -> Formats.date(c.at().toLocalDate()) + " " + TIME.format(c.at())),
                Columns.text("history.col.action", c -> Messages.get(HistoryLabels.ACTION_PREFIX + "." + c.action().name())),
                Columns.text("history.col.actor", Change::actor),
                Columns.text("history.col.fields", c -> Formats.integer(c.changedFields().size())));
        Columns.weights(changes, 1.6, 1.2, 1.2, 1);
        changes.getSelectionModel().selectedItemProperty().addListener((obs, old, change) -> {
            if (change != null) {
                model.selectedProperty().set(change);
            }
        });
        model.selectedProperty().addListener((obs, old, change) -> changes.getSelectionModel().select(change));

        TableView<FieldChange> fields = new TableView<>(model.fields());
        fields.setId("historyFields");
        fields.setPlaceholder(new Label(Messages.get("history.noFields")));
        fields.getColumns().setAll(
                Columns.text("history.col.field", f -> HistoryViewModel.label(f.field())),
                Columns.text("history.col.before", FieldChange::before),
                Columns.text("history.col.after", FieldChange::after));
        Columns.weights(fields, 1.2, 2, 2);
        fields.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(FieldChange item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("changed"), item != null && item.changed());
            }
        });
        CheckBox all = new CheckBox(Messages.get("history.showUnchanged"));
        all.setId("historyShowUnchanged");
        all.selectedProperty().bindBidirectional(model.showUnchangedProperty());
        SplitPane split = new SplitPane(changes, new VBox(6, all, fields));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.35);
        VBox.setVgrow(fields, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(split);
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }
}
