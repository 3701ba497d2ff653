package vn.cchcdesk.ui.reports;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.template.SummaryRow;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.WrappedCells;

/** Biểu 1 as the sheet has it: STT, Chỉ tiêu, ĐVT, Kế hoạch năm, Thực hiện trong kỳ, Lũy kế, % KH, Cùng kỳ, Ghi chú. */
final class PreviewTable {

    private PreviewTable() {
    }

    static TableView<SummaryRow> of(ObservableList<SummaryRow> rows) {
        TableView<SummaryRow> table = new TableView<>(rows);
        table.setId("reportsPreview");
        table.getColumns().add(column("reportscreen.col.stt", SummaryRow::stt, false));
        TableColumn<SummaryRow, String> indicator = column("reportscreen.col.indicator", SummaryRow::label, false);
        TableColumn<SummaryRow, String> measure = column("reportscreen.col.measure", SummaryRow::measure, false);
        // the clerk reads the indicator and its unit whole, as in the sheet, not "Văn bản chỉ đạo, hướng dẫn của cấp t…"
        WrappedCells.wrap(indicator, r -> r.kind() == SummaryRow.Kind.FORM);
        WrappedCells.wrap(measure);
        table.getColumns().add(indicator);
        table.getColumns().add(measure);
        table.getColumns().add(column("reportscreen.col.plan", r -> number(r.plan()), true));
        table.getColumns().add(column("reportscreen.col.current",
                r -> r.rates() != null ? share(r.rates().current()) : number(r.current()), true));
        table.getColumns().add(column("reportscreen.col.ytd",
                r -> r.rates() != null ? share(r.rates().yearToDate()) : number(r.yearToDate()), true));
        table.getColumns().add(column("reportscreen.col.share", r -> share(r.share()), true));
        table.getColumns().add(column("reportscreen.col.lastYear",
                r -> r.rates() != null ? share(r.rates().lastYear()) : number(r.lastYear()), true));
        table.getColumns().add(column("reportscreen.col.note", SummaryRow::note, false));
        Columns.weights(table, 0.45, 3.2, 0.95, 0.95, 0.95, 0.8, 0.7, 0.9, 0.8);
        Columns.minWidths(table, 46, 200, 84, 94, 94, 74, 66, 86, 70);
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SummaryRow row, boolean empty) {
                super.updateItem(row, empty);
                // headings bold, as in the sheet
                setStyle(!empty && row != null && row.isHeading() ? "-fx-font-weight: bold;" : "");
                // the whole indicator when its column is too narrow for it
                setTooltip(empty || row == null ? null : new javafx.scene.control.Tooltip(row.label()));
            }
        });
        table.setPlaceholder(new Label(Messages.get("common.noRows")));
        return table;
    }

    private static TableColumn<SummaryRow, String> column(String titleKey, Function<SummaryRow, String> value, boolean number) {
        // long headers are written on two lines in the bundle, as in the sheet
        TableColumn<SummaryRow, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (number) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }

    static String number(Long value) {
        return value == null ? "" : Formats.integer(value);
    }

    static String share(Double fraction) {
        return fraction == null ? "" : Formats.integer(Math.round(fraction * 100)) + "%";
    }
}
