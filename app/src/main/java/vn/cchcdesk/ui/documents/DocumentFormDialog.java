package vn.cchcdesk.ui.documents;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.i18n.Messages;

/**
 * The document form in a dialog: the document on the left, its register entry and recipients on the
 * right, its files below. Lưu checks and saves; the dialog closes only once the document is saved.
 */
final class DocumentFormDialog extends Dialog<ButtonType> {

    private final DocumentFormViewModel model;
    private final ScrollPane scroll;

    DocumentFormDialog(Window owner, DocumentFormViewModel model, Consumer<DocumentFormViewModel.FileRow> open,
                       Consumer<Document> onSaved) {
        this.model = model;
        initOwner(owner);
        setResizable(true);
        setTitle(Messages.get(model.isNew() ? "documents.form.newTitle" : "documents.form.editTitle"));
        getDialogPane().setId("documentForm");
        getDialogPane().getStyleClass().add("document-form");

        VBox page = new VBox(16, DocumentFieldsView.duplicateWarning(model), DocumentFieldsView.columns(model, true),
                FormFilesView.of(model, open));
        page.setPadding(new Insets(4, 8, 4, 4));
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        getDialogPane().setContent(scroll);
        // wide enough for both columns, never beyond a laptop screen
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1120, screen.getWidth() - 40);
        getDialogPane().setPrefSize(width, Math.min(760, screen.getHeight() - 60));
        getDialogPane().setMinWidth(width);

        ButtonType save = new ButtonType(Messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("documentSave");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.setGraphic(new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        saveButton.disableProperty().bind(model.busyProperty());
        Consumer<Document> saved = document -> {
            onSaved.accept(document);
            setResult(save);
        };
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            // the dialog stays open until the save has gone through
            e.consume();
            model.save(false, saved);
        });
        // the first field in error is brought into view, even when it lies below the fold
        model.errors().map().addListener((MapChangeListener<String, String>) change -> {
            if (change.wasAdded()) {
                Platform.runLater(this::focusFirstError);
            }
        });
        model.duplicates().addListener((ListChangeListener<Object>) change -> {
            if (!model.duplicates().isEmpty()) {
                // asked after this change is over: saving again clears the list
                Platform.runLater(() -> {
                    if (DocumentFieldsView.confirmDuplicate(getDialogPane().getScene().getWindow(), model)) {
                        model.save(true, saved);
                    }
                });
            }
        });
    }

    private void focusFirstError() {
        DocumentFieldsView.FIELD_ORDER.stream().filter(field -> model.errors().get(field) != null).findFirst()
                .map(field -> getDialogPane().lookup("#" + field))
                .ifPresent(node -> DocumentFieldsView.scrollTo(scroll, node));
    }
}
