package vn.cchcdesk.ui.documents;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Controls;
import vn.cchcdesk.ui.common.Dialogs;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.common.FormGrid;

/**
 * The document form in a dialog: the document on the left, its register entry and recipients on the
 * right, its files below. Lưu checks and saves; the dialog closes only once the document is saved.
 */
final class DocumentFormDialog extends Dialog<ButtonType> {

    private final DocumentFormViewModel model;
    private ScrollPane scroll;

    DocumentFormDialog(Window owner, DocumentFormViewModel model, Consumer<DocumentFormViewModel.FileRow> open,
                       Consumer<Document> onSaved) {
        this.model = model;
        initOwner(owner);
        setResizable(true);
        setTitle(Messages.get(model.isNew() ? "documents.form.newTitle" : "documents.form.editTitle"));
        getDialogPane().setId("documentForm");
        getDialogPane().getStyleClass().add("document-form");

        FormGrid left = new FormGrid(model.errors().map());
        ComboBox<Direction> direction = left.add("direction", "documents.field.direction",
                EnumLabels.comboBox("documents.direction", Direction.class));
        direction.valueProperty().bindBidirectional(model.directionProperty());
        ComboBox<DocumentType> type = left.add("type", "documents.field.type", typeBox());
        type.valueProperty().bindBidirectional(model.typeProperty());
        text(left, "number", "documents.field.number", model.numberProperty(), "documents.field.number.prompt");
        text(left, "symbol", "documents.field.symbol", model.symbolProperty(), "documents.field.symbol.prompt");
        text(left, "issueDate", "documents.field.issueDate", model.issueDateProperty(), "documents.field.issueDate.prompt");
        ComboBox<String> issuer = left.add("issuer", "documents.field.issuer", new ComboBox<>());
        issuer.setEditable(true);
        issuer.getItems().setAll(model.context().bodies().stream().filter(ExternalBody::active).map(ExternalBody::name).toList());
        issuer.getEditor().textProperty().bindBidirectional(model.issuerProperty());
        issuer.setPromptText(Messages.get("documents.field.issuer.prompt"));
        area(left, "summary", "documents.field.summary", model.summaryProperty(), 3, "documents.field.summary.prompt");
        text(left, "signerCapacity", "documents.field.signerCapacity", model.signerCapacityProperty(), "documents.field.signerCapacity.prompt");
        text(left, "signerTitle", "documents.field.signerTitle", model.signerTitleProperty(), null);
        text(left, "signerName", "documents.field.signerName", model.signerNameProperty(), null);
        area(left, "citations", "documents.field.citations", model.citationsProperty(), 3, "documents.field.citations.prompt");

        FormGrid right = new FormGrid(model.errors().map());
        TextField arrivalNumber = text(right, "arrivalNumber", "documents.field.arrivalNumber", model.arrivalNumberProperty(),
                "documents.field.arrivalNumber.prompt");
        DatePicker arrivalDate = right.add("arrivalDate", "documents.field.arrivalDate", Controls.datePicker());
        arrivalDate.valueProperty().bindBidirectional(model.arrivalDateProperty());
        var notIncoming = model.directionProperty().isNotEqualTo(Direction.IN);
        arrivalNumber.disableProperty().bind(notIncoming);
        arrivalDate.disableProperty().bind(notIncoming);
        text(right, "handler", "documents.field.handler", model.handlerProperty(), "documents.field.handler.prompt");
        DatePicker deadline = right.add("handlingDeadline", "documents.field.deadline", Controls.datePicker());
        deadline.valueProperty().bindBidirectional(model.handlingDeadlineProperty());
        ComboBox<HandlingStatus> status = right.add("handlingStatus", "documents.field.handlingStatus",
                EnumLabels.comboBox("documents.handling", HandlingStatus.class));
        status.valueProperty().bindBidirectional(model.handlingStatusProperty());
        TextArea addressees = new TextArea();
        right.add("addressees", "documents.field.addressees", addressees, unitPicker("addresseesPick", addressees));
        bindArea(addressees, model.addresseesProperty(), 3, "documents.field.addressees.prompt");
        TextArea copies = new TextArea();
        right.add("copies", "documents.field.copies", copies, unitPicker("copiesPick", copies));
        bindArea(copies, model.copiesProperty(), 3, "documents.field.copies.prompt");
        area(right, "notes", "documents.field.notes", model.notesProperty(), 2, null);

        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(520);
        right.setPrefWidth(440);
        VBox leftColumn = new VBox(10, sectionHeading("documents.form.section.document"), left);
        VBox rightColumn = new VBox(10, sectionHeading("documents.form.section.register"), right);
        HBox.setHgrow(leftColumn, Priority.ALWAYS);
        HBox.setHgrow(rightColumn, Priority.ALWAYS);
        HBox columns = new HBox(28, leftColumn, rightColumn);

        VBox page = new VBox(16, duplicateWarning(), columns, filesSection(owner, open));
        page.setPadding(new Insets(4, 8, 4, 4));
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        getDialogPane().setContent(scroll);
        // wide enough for both columns, never beyond a laptop screen
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        getDialogPane().setPrefSize(Math.min(1120, screen.getWidth() - 40), Math.min(760, screen.getHeight() - 60));
        getDialogPane().setMinWidth(Math.min(900, screen.getWidth() - 40));

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
        model.errors().map().addListener((javafx.collections.MapChangeListener<String, String>) change -> {
            if (change.wasAdded()) {
                javafx.application.Platform.runLater(this::focusFirstError);
            }
        });
        model.duplicates().addListener((ListChangeListener<Object>) change -> {
            if (!model.duplicates().isEmpty()) {
                // asked after this change is over: saving again clears the list
                javafx.application.Platform.runLater(() -> {
                    if (confirmDuplicate()) {
                        model.save(true, saved);
                    }
                });
            }
        });
    }

    private static final List<String> FIELD_ORDER = List.of("direction", "type", "number", "symbol", "issueDate", "issuer",
            "summary", "signerCapacity", "signerTitle", "signerName", "citations", "arrivalNumber", "arrivalDate", "handler",
            "handlingDeadline", "handlingStatus", "addressees", "copies", "notes");

    private void focusFirstError() {
        FIELD_ORDER.stream().filter(field -> model.errors().get(field) != null).findFirst()
                .map(field -> getDialogPane().lookup("#" + field))
                .ifPresent(this::scrollTo);
    }

    /** A scroll pane does not follow the focus: a field out of view is brought into it, then focused. */
    private void scrollTo(javafx.scene.Node node) {
        javafx.scene.Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            javafx.geometry.Bounds field = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double top = scroll.getVvalue() * (contentHeight - viewport);
            if (field.getMinY() < top || field.getMaxY() > top + viewport) {
                scroll.setVvalue(Math.max(0, Math.min(1, (field.getMinY() - 24) / (contentHeight - viewport))));
            }
        }
        node.requestFocus();
    }

    private boolean confirmDuplicate() {
        String list = model.duplicates().stream()
                .map(d -> "• " + d.label() + " · " + d.issueDate().format() + (d.issuer() == null ? "" : " · " + d.issuer()))
                .collect(Collectors.joining("\n"));
        return Dialogs.confirm(getDialogPane().getScene().getWindow(), Messages.get("documents.duplicate.title"),
                Messages.get("documents.duplicate.text", list), Messages.get("documents.duplicate.saveAnyway"));
    }

    private VBox filesSection(Window owner, Consumer<DocumentFormViewModel.FileRow> open) {
        Label heading = new Label(Messages.get("documents.form.files"));
        heading.getStyleClass().add(Styles.TITLE_4);
        ListView<DocumentFormViewModel.FileRow> list = new ListView<>(model.files());
        list.setId("formFiles");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(Messages.get("documents.files.noneYet")));
        // files dropped from the file manager are attached like picked ones
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
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
                String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
                setGraphic(new FontIcon(FileIcons.of(extension)));
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
            List<File> picked = chooser.showOpenMultipleDialog(getDialogPane().getScene().getWindow());
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

    /** Shown above the form while the number, symbol, issuer and year match a registered document. */
    private Label duplicateWarning() {
        Label warning = new Label();
        warning.setId("duplicateWarning");
        warning.setGraphic(new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ALERT_OUTLINE));
        warning.getStyleClass().add("duplicate-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get("documents.duplicate.warning",
                model.possibleDuplicates().stream()
                        .map(d -> d.label() + " · " + d.issueDate().format() + (d.issuer() == null ? "" : " · " + d.issuer()))
                        .collect(Collectors.joining("; "))), model.possibleDuplicates()));
        warning.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.possibleDuplicates()));
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }

    private static Label sectionHeading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    /** "Đơn vị ▾": appends a unit of the catalogue as a new line of the recipients. */
    private MenuButton unitPicker(String id, TextArea target) {
        MenuButton picker = new MenuButton(Messages.get("documents.field.pickUnit"));
        picker.setId(id);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        List<Unit> units = model.context().units().stream().filter(Unit::active).toList();
        for (Unit unit : units) {
            MenuItem item = new MenuItem(unit.name());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> target.setText(RecipientLines.append(target.getText(), unit, units)));
            picker.getItems().add(item);
        }
        return picker;
    }

    private static ComboBox<DocumentType> typeBox() {
        ComboBox<DocumentType> box = new ComboBox<>();
        box.getItems().setAll(DocumentType.values());
        box.setVisibleRowCount(14);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentType type) {
                return type == null ? "" : type.fullName() + type.abbreviation().map(a -> " (" + a + ")").orElse("");
            }

            @Override
            public DocumentType fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private static TextField text(FormGrid grid, String field, String labelKey, javafx.beans.property.StringProperty property,
                                  String promptKey) {
        TextField control = grid.add(field, labelKey, new TextField());
        control.textProperty().bindBidirectional(property);
        prompt(control, promptKey);
        return control;
    }

    private static void area(FormGrid grid, String field, String labelKey, javafx.beans.property.StringProperty property,
                             int rows, String promptKey) {
        bindArea(grid.add(field, labelKey, new TextArea()), property, rows, promptKey);
    }

    private static void bindArea(TextArea area, javafx.beans.property.StringProperty property, int rows, String promptKey) {
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        prompt(area, promptKey);
    }

    private static void prompt(TextInputControl control, String key) {
        if (key != null) {
            control.setPromptText(Messages.get(key));
        }
    }
}
