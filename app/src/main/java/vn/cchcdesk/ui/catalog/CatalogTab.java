package vn.cchcdesk.ui.catalog;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Dialogs;

/**
 * One catalogue: a searchable table on the left, the selected record's form on the right with
 * Lưu / Xóa; "Thêm mới" clears the form; Enter saves.
 */
final class CatalogTab<T> extends SplitPane {

    CatalogTab(String idPrefix, CatalogListViewModel<T> model, TableView<T> table, Node form, String newTitleKey,
               String editTitleKey) {
        setId(idPrefix + "Tab");
        TextField search = new TextField();
        search.setId(idPrefix + "Search");
        search.setPromptText(Messages.get("common.searchPrompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button(Messages.get("common.addNew"), new FontIcon(MaterialDesignP.PLUS));
        add.setId(idPrefix + "Add");
        add.setOnAction(e -> model.startNew());
        HBox top = new HBox(8, search, add);

        table.setId(idPrefix + "Table");
        table.setItems(model.visibleItems());
        table.setPlaceholder(new Label(Messages.get("common.noRows")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, top, table);
        left.setPadding(new Insets(12));

        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.when(model.editingNewProperty())
                .then(Messages.get(newTitleKey)).otherwise(Messages.get(editTitleKey)));
        Button save = new Button(Messages.get("common.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId(idPrefix + "Save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Button delete = new Button(Messages.get("common.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId(idPrefix + "Delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(model.busyProperty().or(model.editingNewProperty()));
        delete.setOnAction(e -> {
            if (Dialogs.confirm(getScene().getWindow(), Messages.get("common.confirmDelete.title"),
                    Messages.get("catalog.confirmDelete"), Messages.get("common.delete"))) {
                model.deleteSelected();
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, save, grow, delete);
        Label hint = new Label(Messages.get("catalog.hint"), new FontIcon(MaterialDesignM.MESSAGE_TEXT_OUTLINE));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox right = new VBox(14, heading, form, buttons, hint);
        right.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);

        getItems().addAll(left, scroll);
        // the list gets the room its columns need; the form reads well in the rest
        setDividerPositions(0.66);
    }
}
