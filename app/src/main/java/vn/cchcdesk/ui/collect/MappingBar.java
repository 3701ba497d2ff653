package vn.cchcdesk.ui.collect;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import vn.cchcdesk.domain.collect.ColumnMapping;
import vn.cchcdesk.domain.collect.ImportField;
import vn.cchcdesk.domain.collect.ImportPreview;
import vn.cchcdesk.domain.collect.SheetColumn;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.intake.sheet.SpreadsheetReader;

/**
 * "Cột dữ liệu": each column of the sheet with its header and the field it is read as; the clerk
 * changes a field where the headers were not recognised and the file is read again. Open by
 * itself when a required field has no column.
 */
final class MappingBar extends TitledPane {

    /** A choice of the combo box: a field, or null for a column not imported. */
    record Option(ImportField field) {
        @Override
        public String toString() {
            return field == null ? Messages.get("collect.mapping.skip") : SpreadsheetReader.fieldLabel(field);
        }
    }

    private final ImportViewModel model;
    private final FlowPane columns = new FlowPane(10, 8);

    MappingBar(ImportViewModel model) {
        this.model = model;
        setId("importMapping");
        setText(Messages.get("collect.mapping.title"));
        Label hint = new Label(Messages.get("collect.mapping.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        setContent(new VBox(6, hint, columns));
        setExpanded(false);
        model.previewProperty().addListener((obs, old, preview) -> rebuild(preview));
    }

    private void rebuild(ImportPreview preview) {
        columns.getChildren().clear();
        if (preview == null) {
            return;
        }
        ColumnMapping mapping = preview.sheet().mapping();
        List<Option> options = new ArrayList<>();
        options.add(new Option(null));
        for (ImportField f : ImportField.values()) {
            options.add(new Option(f));
        }
        for (SheetColumn column : preview.sheet().columns()) {
            ComboBox<Option> box = new ComboBox<>();
            box.setId("importMap" + column.letter());
            box.getItems().setAll(options);
            box.setValue(new Option(mapping.fieldAt(column.index()).orElse(null)));
            box.valueProperty().addListener((obs, old, chosen) -> {
                if (chosen != null && !chosen.equals(old)) {
                    model.mapColumn(column.index(), chosen.field());
                }
            });
            Label name = new Label(Messages.get("collect.mapping.column", column.letter(), shorten(column.header())));
            name.getStyleClass().add(Styles.TEXT_SMALL);
            VBox cell = new VBox(2, name, box);
            cell.setAlignment(Pos.TOP_LEFT);
            columns.getChildren().add(cell);
        }
        boolean missing = false;
        for (ImportField f : ImportField.values()) {
            missing |= f.required() && !mapping.has(f);
        }
        setExpanded(missing);
    }

    private static String shorten(String header) {
        return header.length() > 28 ? header.substring(0, 27) + "…" : header;
    }
}
