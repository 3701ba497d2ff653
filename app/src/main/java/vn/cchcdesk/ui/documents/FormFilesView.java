package vn.cchcdesk.ui.documents;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.i18n.Messages;

/** The form's files: attached ones with their size, picked ones waiting for the save; add, open, remove, or drop files on the list. */
public final class FormFilesView {

    private FormFilesView() {
    }

    public static VBox of(DocumentFormViewModel model, Consumer<DocumentFormViewModel.FileRow> open) {
        Label heading = new Label(Messages.get("documents.form.files"));
        heading.getStyleClass().add(Styles.TITLE_4);
        ListView<DocumentFormViewModel.FileRow> list = new ListView<>(model.files());
        list.setId("formFiles");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(Messages.get("documents.files.noneYet")));
        // files dropped from the file manager are attached like picked ones (and not read as directives)
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                model.addFiles(e.getDragboard().getFiles().stream().filter(File::isFile).map(File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentFormViewModel.FileRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String name = row.name();
                int dot = name.lastIndexOf('.');
                setGraphic(new FontIcon(FileIcons.of(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT))));
                setText(row.isNew() ? name + "   " + Messages.get("documents.files.pending")
                        : name + "   " + Messages.get("documents.files.size", FileIcons.size(row.attached().sizeBytes())));
            }
        });
        Button add = new Button(Messages.get("documents.files.add"), new FontIcon(MaterialDesignP.PAPERCLIP));
        add.setId("formAddFiles");
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("documents.files.chooserTitle"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Messages.get("documents.files.filter.documents"),
                            "*.pdf", "*.docx", "*.doc", "*.xlsx", "*.xls", "*.odt", "*.txt", "*.jpg", "*.jpeg", "*.png", "*.tif", "*.tiff"),
                    new FileChooser.ExtensionFilter(Messages.get("documents.files.filter.all"), "*.*"));
            List<File> picked = chooser.showOpenMultipleDialog(list.getScene().getWindow());
            if (picked != null) {
                model.addFiles(picked.stream().map(File::toPath).toList());
            }
        });
        Button openButton = new Button(Messages.get("documents.files.open"), new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        openButton.setId("formOpenFile");
        openButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open.accept(list.getSelectionModel().getSelectedItem()));
        Button remove = new Button(Messages.get("documents.files.remove"), new FontIcon(MaterialDesignC.CLOSE));
        remove.setId("formRemoveFile");
        remove.getStyleClass().add(Styles.FLAT);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeFile(list.getSelectionModel().getSelectedItem()));
        Label hint = new Label(Messages.get("documents.files.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, add, openButton, grow, remove);
        return new VBox(8, heading, list, buttons, hint);
    }
}
