package vn.cchcdesk.ui.collect;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.RowProblem;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Step 2: drop files (or choose them), see the preview (rows with their status, problems by row,
 * column and reason, the columns as mapped, whose file it is) and confirm or drop it.
 */
final class ImportTab extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass SKIPPED = PseudoClass.getPseudoClass("skipped");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final ImportViewModel model;

    ImportTab(ImportViewModel model, UiContext ui) {
        super(10);
        this.model = model;
        setPadding(new Insets(14, 16, 14, 16));
        setId("importTab");

        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.messageIsErrorProperty().addListener((obs, old, error) -> message.pseudoClassStateChanged(ERROR, error));
        message.getStyleClass().add("collect-message");

        VBox previewBox = preview();
        previewBox.visibleProperty().bind(model.previewProperty().isNotNull());
        previewBox.managedProperty().bind(previewBox.visibleProperty());
        VBox.setVgrow(previewBox, Priority.ALWAYS);
        getChildren().addAll(dropZone(), message, previewBox);

        // the whole tab takes files dropped from Explorer, not only the drop zone
        setOnDragOver(this::acceptFiles);
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void acceptFiles(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private HBox dropZone() {
        FontIcon icon = new FontIcon(MaterialDesignF.FILE_UPLOAD_OUTLINE);
        icon.setIconSize(28);
        Label text = new Label(Messages.get("collect.import.drop"));
        text.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(Messages.get("collect.import.dropHint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Button choose = new Button(Messages.get("collect.import.choose"), new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        choose.setId("importChoose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("collect.import.choose"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Messages.get("collect.import.filter"), "*.xlsx", "*.xls", "*.xlsm", "*.csv"),
                    new FileChooser.ExtensionFilter(Messages.get("collect.import.filterAll"), "*.*"));
            List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (files != null) {
                model.importFiles(files.stream().map(File::toPath).toList());
            }
        });
        // with a file shown the zone shrinks to one line: the preview needs the room
        hint.visibleProperty().bind(model.previewProperty().isNull());
        hint.managedProperty().bind(hint.visibleProperty());
        VBox words = new VBox(2, text, hint);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox zone = new HBox(14, icon, words, choose);
        zone.setId("importDrop");
        zone.setAlignment(Pos.CENTER_LEFT);
        zone.getStyleClass().add("collect-drop-zone");
        zone.setPadding(new Insets(14, 18, 14, 18));
        zone.setOnDragEntered(e -> zone.pseudoClassStateChanged(PseudoClass.getPseudoClass("hover"), e.getDragboard().hasFiles()));
        zone.setOnDragExited(e -> zone.pseudoClassStateChanged(PseudoClass.getPseudoClass("hover"), false));
        return zone;
    }

    private VBox preview() {
        Label summary = new Label();
        summary.setId("importSummary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        VBox notices = new VBox(2);
        notices.setId("importNotices");
        model.notices().addListener((javafx.collections.ListChangeListener<String>) c -> notices.getChildren().setAll(
                model.notices().stream().map(n -> {
                    Label l = new Label(n, new FontIcon(MaterialDesignC.COMMENT_ALERT_OUTLINE));
                    l.setWrapText(true);
                    l.getStyleClass().add(Styles.WARNING);
                    return (javafx.scene.Node) l;
                }).toList()));

        ComboBox<Unit> sender = new ComboBox<>(model.senders());
        sender.setId("importSender");
        sender.setPromptText(Messages.get("collect.import.senderNone"));
        sender.valueProperty().bindBidirectional(model.senderProperty());
        sender.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit unit) {
                return unit == null ? Messages.get("collect.import.senderNone") : unit.name();
            }

            @Override
            public Unit fromString(String text) {
                return null;
            }
        });
        Label senderLabel = new Label(Messages.get("collect.import.sender"));
        Region between = new Region();
        HBox.setHgrow(between, Priority.ALWAYS);
        HBox senderLine = new HBox(8, senderLabel, sender, between, filterBar());
        senderLine.setAlignment(Pos.CENTER_LEFT);

        SplitPane tables = new SplitPane(rowsTable(), problemsTable());
        tables.setOrientation(Orientation.VERTICAL);
        tables.setDividerPositions(0.6);
        VBox.setVgrow(tables, Priority.ALWAYS);

        Button confirm = new Button();
        confirm.setId("importConfirm");
        confirm.getStyleClass().add(Styles.SUCCESS);
        confirm.setGraphic(new FontIcon(MaterialDesignC.CHECK_BOLD));
        confirm.textProperty().bind(model.confirmLabelProperty());
        confirm.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> model.previewProperty().get() == null || model.previewProperty().get().valid() == 0, model.previewProperty())));
        confirm.setOnAction(e -> model.confirm());
        Button discard = new Button(Messages.get("collect.import.discard"), new FontIcon(MaterialDesignC.CLOSE));
        discard.setId("importDiscard");
        discard.disableProperty().bind(model.busyProperty());
        discard.setOnAction(e -> model.discard());
        Label nothingYet = new Label(Messages.get("collect.import.nothingYet"));
        nothingYet.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(10, nothingYet, grow, discard, confirm);
        buttons.setAlignment(Pos.CENTER_LEFT);

        return new VBox(8, summary, notices, senderLine, new MappingBar(model), tables, buttons);
    }

    private HBox filterBar() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(4);
        for (ImportViewModel.RowFilter f : ImportViewModel.RowFilter.values()) {
            ToggleButton b = new ToggleButton(EnumLabels.label("collect.filter", f));
            b.setId("importFilter" + f.name());
            b.setToggleGroup(group);
            b.getStyleClass().add(Styles.SMALL);
            b.setSelected(model.filterProperty().get() == f);
            b.setOnAction(e -> {
                model.filterProperty().set(f);
                b.setSelected(true);
            });
            bar.getChildren().add(b);
        }
        bar.getStyleClass().add(Styles.BUTTON_OUTLINED);
        return bar;
    }

    private TableView<ImportRow> rowsTable() {
        TableView<ImportRow> table = new TableView<>(model.rows());
        table.setId("importRows");
        table.setPlaceholder(new Label(Messages.get("collect.import.noRowsShown")));
        table.getColumns().add(Columns.value("collect.column.row", ImportRow::rowNumber, String::valueOf));
        table.getColumns().add(Columns.text("collect.column.status", r -> EnumLabels.label("collect.status", r.status())));
        List<String> shortTitles = List.of("collect.column.date", "collect.field.UNIT", "collect.field.FORM", "collect.field.TITLE",
                "collect.column.quantity", "collect.column.duration", "collect.column.participants", "collect.field.LINK");
        int title = 0;
        for (var field : List.of(vn.cchcdesk.domain.collect.ImportField.DATE, vn.cchcdesk.domain.collect.ImportField.UNIT,
                vn.cchcdesk.domain.collect.ImportField.FORM, vn.cchcdesk.domain.collect.ImportField.TITLE,
                vn.cchcdesk.domain.collect.ImportField.QUANTITY, vn.cchcdesk.domain.collect.ImportField.DURATION,
                vn.cchcdesk.domain.collect.ImportField.PARTICIPANTS, vn.cchcdesk.domain.collect.ImportField.LINK)) {
            javafx.scene.control.TableColumn<ImportRow, String> column = Columns.text(shortTitles.get(title++),
                    (ImportRow r) -> RowTexts.cell(r, field, model));
            column.setUserData(field);
            table.getColumns().add(column);
        }
        Columns.weights(table, 0.9, 1.3, 1.35, 1.6, 1.8, 2.6, 0.6, 0.7, 0.9, 1.2);
        table.setFixedCellSize(30);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(INVALID, !empty && row != null && row.status() == ImportRow.Status.INVALID);
                pseudoClassStateChanged(SKIPPED, !empty && row != null && row.status() == ImportRow.Status.ALREADY_IMPORTED);
            }
        });
        return table;
    }

    private TableView<RowProblem> problemsTable() {
        TableView<RowProblem> table = new TableView<>(model.problems());
        table.setId("importProblems");
        table.setPlaceholder(new Label(Messages.get("collect.import.noProblems")));
        table.getColumns().add(Columns.value("collect.column.row", RowProblem::row, String::valueOf));
        table.getColumns().add(Columns.text("collect.column.column", RowTexts::column));
        table.getColumns().add(Columns.text("collect.column.severity", p -> EnumLabels.label("collect.severity", p.severity())));
        table.getColumns().add(Columns.text("collect.column.reason", vn.cchcdesk.intake.sheet.ImportTexts::reason));
        Columns.weights(table, 0.8, 2, 1, 7);
        table.setFixedCellSize(30);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RowProblem p, boolean empty) {
                super.updateItem(p, empty);
                pseudoClassStateChanged(INVALID, !empty && p != null && p.isError());
            }
        });
        return table;
    }

    /** For tests and tools: what a drop of these files does. */
    void drop(List<Path> files) {
        model.importFiles(files);
    }
}
