package vn.cchcdesk.ui.documents;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.stream.IntStream;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Controls;
import vn.cchcdesk.ui.common.FormGrid;

/**
 * Xuất sổ đăng ký: the register, the year, whole or a span of days; Xuất… asks where to write the
 * workbook and closes, the writing goes on in the background and the file is shown once written.
 */
final class RegisterExportDialog extends Dialog<ButtonType> {

    /** The folder the last export went to, offered again. */
    private static File lastFolder;

    RegisterExportDialog(Window owner, RegisterExportViewModel model, List<Integer> years) {
        this(owner, model, years, null);
    }

    /**
     * @param print null to export; else In sổ đăng ký: the same choice, its button opens the
     *              print preview of the register read (handed the reading, run off the FX thread)
     */
    RegisterExportDialog(Window owner, RegisterExportViewModel model, List<Integer> years,
                         java.util.function.Consumer<java.util.function.Supplier<vn.cchcdesk.domain.report.DocumentRegister>> print) {
        initOwner(owner);
        setTitle(Messages.get(print == null ? "documents.export.title" : "print.register.title"));
        getDialogPane().setId("registerExport");

        FormGrid grid = new FormGrid(model.errors().map());
        ComboBox<Direction> direction = grid.add("direction", "documents.export.register", new ComboBox<>());
        direction.getItems().setAll(Direction.IN, Direction.OUT);
        direction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Direction d) {
                return d == null ? "" : Messages.get(d == Direction.IN ? "documents.register.name.IN" : "documents.register.name.OUT");
            }

            @Override
            public Direction fromString(String text) {
                return null;
            }
        });
        direction.valueProperty().bindBidirectional(model.directionProperty());
        ComboBox<Integer> year = grid.add("year", "documents.export.year", new ComboBox<>());
        int shown = model.yearProperty().get();
        year.getItems().setAll(IntStream.concat(years.stream().mapToInt(Integer::intValue), IntStream.of(shown))
                .distinct().boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        year.valueProperty().bindBidirectional(model.yearProperty());
        CheckBox span = grid.add("span", "documents.export.span", new CheckBox(Messages.get("documents.export.spanBox")));
        span.selectedProperty().bindBidirectional(model.spanProperty());
        DatePicker from = grid.add("from", "documents.export.from", Controls.datePicker());
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = grid.add("to", "documents.export.to", Controls.datePicker());
        to.valueProperty().bindBidirectional(model.toProperty());
        // disabled rather than hidden: the dialog keeps its size, its buttons stay in view
        from.disableProperty().bind(model.spanProperty().not());
        to.disableProperty().bind(model.spanProperty().not());
        Label hint = new Label(Messages.get(print == null ? "documents.export.hint" : "print.register.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox content = new VBox(12, grid, hint);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(500);
        getDialogPane().setContent(content);

        ButtonType export = new ButtonType(Messages.get("documents.export.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(export, new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button button = (Button) getDialogPane().lookupButton(export);
        button.setId("registerExportSave");
        button.getStyleClass().add(Styles.ACCENT);
        button.setGraphic(new FontIcon(MaterialDesignF.FILE_EXCEL_OUTLINE));
        if (print != null) {
            printMode(button, export, model, print);
            return;
        }
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (!model.validate()) {
                return;
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("documents.export.chooserTitle"));
            chooser.setInitialFileName(model.suggestedFileName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("documents.export.filter"), "*.xlsx"));
            if (lastFolder != null && lastFolder.isDirectory()) {
                chooser.setInitialDirectory(lastFolder);
            }
            File file = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
            if (file != null) {
                File target = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? file : new File(file.getPath() + ".xlsx");
                lastFolder = target.getParentFile();
                model.export(target.toPath());
                setResult(export);
            }
        });
    }

    private void printMode(Button button, ButtonType ok, RegisterExportViewModel model,
                           java.util.function.Consumer<java.util.function.Supplier<vn.cchcdesk.domain.report.DocumentRegister>> print) {
        getDialogPane().setId("registerPrint");
        button.setId("registerPrintPreview");
        button.setText(Messages.get("print.register.preview"));
        button.setGraphic(new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PRINTER_EYE));
        button.addEventFilter(ActionEvent.ACTION, e -> {
            java.util.function.Supplier<vn.cchcdesk.domain.report.DocumentRegister> reading = model.reading();
            if (reading == null) {
                e.consume();
                return;
            }
            setResult(ok);
            print.accept(reading);
        });
    }
}
