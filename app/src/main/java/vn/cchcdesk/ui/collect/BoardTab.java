package vn.cchcdesk.ui.collect;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import vn.cchcdesk.domain.collect.SubmissionStatus;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.Controls;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.common.UiContext;

/** Step 3: the submissions board of the period, with marks by hand. */
final class BoardTab extends VBox {

    BoardTab(BoardViewModel model, UiContext ui) {
        super(10);
        setPadding(new Insets(14, 16, 14, 16));
        Label summary = new Label();
        summary.setId("boardSummary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(model.summaryProperty());

        TableView<SubmissionStatus> table = new TableView<>(model.lines());
        table.setId("boardTable");
        table.setPlaceholder(new Label(Messages.get("common.noRows")));
        table.getColumns().add(Columns.text("collect.board.unit", s -> s.unit().name()));
        table.getColumns().add(Columns.text("collect.board.state", s -> EnumLabels.label("collect.state", s.state())));
        table.getColumns().add(Columns.value("collect.board.receivedOn",
                s -> s.submission() == null ? null : s.submission().receivedOn().toEpochDay(),
                day -> Formats.date(LocalDate.ofEpochDay(day))));
        table.getColumns().add(Columns.value("collect.board.rows", SubmissionStatus::rowsImported,
                v -> v == 0 ? "" : Formats.integer(v)));
        table.getColumns().add(Columns.text("collect.board.file", s -> s.fileName() == null ? "" : s.fileName()));
        table.getColumns().add(Columns.text("collect.board.notes",
                s -> s.submission() == null || s.submission().notes() == null ? "" : s.submission().notes()));
        Columns.weights(table, 3, 1.6, 1.2, 1.1, 2.6, 1.8);
        // "Ngày nhận" and dd/MM/yyyy read whole (the header was "Ngày n…")
        Columns.minWidths(table, 160, 110, 104, 84);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SubmissionStatus s, boolean empty) {
                super.updateItem(s, empty);
                for (SubmissionStatus.State state : SubmissionStatus.State.values()) {
                    pseudoClassStateChanged(PseudoClass.getPseudoClass(state.name().toLowerCase().replace('_', '-')),
                            !empty && s != null && s.state() == state);
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button mark = new Button(Messages.get("collect.board.mark"), new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        mark.setId("boardMark");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        mark.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        mark.setOnAction(e -> {
            SubmissionStatus line = table.getSelectionModel().getSelectedItem();
            askReceipt(line, ui).ifPresent(r -> model.markReceived(line, r.date(), r.notes(), r.file()));
        });
        Button open = new Button(Messages.get("collect.board.open"), new FontIcon(MaterialDesignF.FILE_EYE_OUTLINE));
        open.setId("boardOpen");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            SubmissionStatus s = table.getSelectionModel().getSelectedItem();
            return s == null || s.submission() == null || s.submission().attachmentId() == null;
        }, table.getSelectionModel().selectedItemProperty()));
        open.setOnAction(e -> model.openFile(table.getSelectionModel().getSelectedItem()));
        Button unmark = new Button(Messages.get("collect.board.unmark"), new FontIcon(MaterialDesignU.UNDO_VARIANT));
        unmark.setId("boardUnmark");
        unmark.setMinWidth(Region.USE_PREF_SIZE);
        unmark.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        unmark.setOnAction(e -> {
            SubmissionStatus line = table.getSelectionModel().getSelectedItem();
            if (line != null && line.submission() != null) {
                model.unmark(line);
            }
        });
        Label hint = new Label(Messages.get("collect.board.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, hint, grow, open, unmark, mark);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(summary, table, buttons);
    }

    private record Receipt(LocalDate date, String notes, java.nio.file.Path file) {
    }

    private static Optional<Receipt> askReceipt(SubmissionStatus line, UiContext ui) {
        Dialog<Receipt> dialog = new Dialog<>();
        dialog.initOwner(ui.owner());
        dialog.setTitle(Messages.get("collect.board.markTitle"));
        dialog.setHeaderText(line.unit().name());
        DatePicker date = Controls.datePicker();
        date.setId("boardMarkDate");
        date.setValue(line.submission() != null ? line.submission().receivedOn() : LocalDate.now(ui.clock()));
        TextField notes = new TextField(line.submission() == null || line.submission().notes() == null ? ""
                : line.submission().notes());
        notes.setId("boardMarkNotes");
        notes.setPromptText(Messages.get("collect.board.notesPrompt"));
        notes.setPrefColumnCount(26); // the hint "Ví dụ: gửi qua Zalo, bản giấy" reads whole
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("collect.board.receivedOn")), date);
        grid.addRow(1, new Label(Messages.get("collect.board.notes")), notes);
        java.nio.file.Path[] picked = {null};
        Label fileName = new Label(Messages.get("collect.board.noFileChosen"));
        fileName.getStyleClass().add(Styles.TEXT_MUTED);
        Button chooseFile = new Button(Messages.get("collect.board.chooseFile"));
        chooseFile.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(Messages.get("collect.board.chooseFile"));
            java.io.File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                picked[0] = chosen.toPath();
                fileName.setText(chosen.getName());
            }
        });
        grid.addRow(2, new Label(Messages.get("collect.board.receivedFile")), new HBox(8, chooseFile, fileName));
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(Messages.get("collect.board.markOk"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> b == ok && date.getValue() != null ? new Receipt(date.getValue(), notes.getText(), picked[0]) : null);
        return dialog.showAndWait();
    }
}
