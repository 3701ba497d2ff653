package vn.cchcdesk.ui.reports;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.template.Placeholders;
import vn.cchcdesk.report.template.SummaryRow;
import vn.cchcdesk.report.template.TemplateTables;

/**
 * Danh sách chỗ điền: every placeholder a higher level's form may hold and what it is filled
 * with — the general ones and suffixes from the bundle, the indicators from the preview's rows
 * (so forms the clerk added to the catalogue are listed too), the tables and their columns.
 */
final class PlaceholderHelp extends Dialog<ButtonType> {

    PlaceholderHelp(Window owner, List<SummaryRow> rows) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle(Messages.get("reportscreen.helpTitle"));
        getDialogPane().setId("reportsHelpDialog");
        VBox content = new VBox(10);
        content.setPadding(new Insets(8));
        content.getChildren().add(wrapped(Messages.get("reportscreen.helpIntro")));

        content.getChildren().add(heading("reportscreen.helpGeneral"));
        GridPane general = grid();
        for (String name : Placeholders.GENERAL) {
            line(general, "{{" + name + "}}", Messages.get(key("ph", name)));
        }
        content.getChildren().add(general);

        content.getChildren().add(heading("reportscreen.helpIndicators"));
        GridPane indicators = grid();
        for (SummaryRow row : rows) {
            if (row.key() != null) {
                line(indicators, "{{" + row.key() + "}}", row.measure().isEmpty() ? row.label() : row.label() + " (" + row.measure() + ")");
            }
        }
        content.getChildren().addAll(indicators, wrapped(Messages.get("reportscreen.helpFormsNote")));

        content.getChildren().add(heading("reportscreen.helpSuffixes"));
        GridPane suffixes = grid();
        for (String suffix : Placeholders.SUFFIXES) {
            line(suffixes, "." + suffix, Messages.get(key("suffix", suffix)));
        }
        content.getChildren().add(suffixes);

        content.getChildren().add(heading("reportscreen.helpTables"));
        GridPane tables = grid();
        TemplateTables.COLUMNS.forEach((table, columns) -> line(tables, "{{bang:" + table + "}}",
                Messages.get(key("table", table)) + "\n" + Messages.get("reportscreen.helpColumns", columns.stream()
                        .map(c -> c.equals(TemplateTables.FORM_COLUMNS) ? Messages.get("reportscreen.helpFormColumns") : "{{" + c + "}}")
                        .collect(Collectors.joining(", ")))));
        content.getChildren().addAll(tables, wrapped(Messages.get("reportscreen.helpTotals")));

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(760, 560);
        getDialogPane().setContent(scroll);
        // the theme caps a dialog at 600 wide; the list of placeholders is meant to have its 760
        getDialogPane().setMinWidth(Math.min(790, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 40));
        getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        setResizable(true);
    }

    /** The bundle key of a name's meaning: reportscreen.ph.ten_xa, reportscreen.suffix.luy_ke… */
    static String key(String group, String name) {
        return "reportscreen." + group + "." + name;
    }

    private static Label heading(String key) {
        Label label = wrapped(Messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        return grid;
    }

    private static void line(GridPane grid, String name, String meaning) {
        Label code = new Label(name);
        code.setStyle("-fx-font-family: monospace;");
        code.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        int row = grid.getRowCount();
        grid.add(code, 0, row);
        grid.add(wrapped(meaning), 1, row);
    }
}
