package vn.cchcdesk.report.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.cchcdesk.report.xlsx.XlsxSheet;

/**
 * The table of a printed form: columns with their widths (Excel characters, as the workbook
 * sets them, so the printed page keeps the workbook's proportions) and default style, header
 * rows repeated on every page, and the body rows.
 */
public record PrintTable(List<Column> columns, List<HeaderRow> header, List<Row> rows) {

    /** In a header grid: this cell is merged into the one on its left (as in {@link XlsxSheet#tableHeader}). */
    public static final String LEFT = XlsxSheet.LEFT;
    /** In a header grid: this cell is merged into the one above. */
    public static final String UP = XlsxSheet.UP;

    /** @param width in Excel characters of Times New Roman 12 */
    public record Column(double width, TextStyle style) {
    }

    /** A row of the header: one text per column, {@link #LEFT} and {@link #UP} merging cells. */
    public record HeaderRow(List<String> cells, TextStyle style) {

        public HeaderRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell of the body over {@code span} columns; a null style takes its column's.
     */
    public record Cell(String text, int span, TextStyle style) {

        public Cell {
            text = text == null ? "" : text;
            if (span < 1) {
                throw new IllegalArgumentException("A cell spans at least one column: " + span);
            }
        }
    }

    public record Row(List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public int span() {
            return cells.stream().mapToInt(Cell::span).sum();
        }

        /** The texts of the cells, in order (for tests and searching). */
        public List<String> texts() {
            return cells.stream().map(Cell::text).toList();
        }
    }

    public PrintTable {
        columns = List.copyOf(columns);
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (HeaderRow h : header) {
            if (h.cells().size() != columns.size()) {
                throw new IllegalArgumentException("A header row has " + h.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
        for (Row r : rows) {
            if (r.span() != columns.size()) {
                throw new IllegalArgumentException("A row spans " + r.span() + " columns of " + columns.size() + ": " + r.texts());
            }
        }
    }

    public double totalWidth() {
        return columns.stream().mapToDouble(Column::width).sum();
    }

    /** Builds a table row by row, as the workbook's sheets write theirs. */
    public static final class Builder {

        private final List<Column> columns = new ArrayList<>();
        private final List<HeaderRow> header = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        public Builder column(double width, TextStyle style) {
            columns.add(new Column(width, style));
            return this;
        }

        /** Bold, centred header cells. */
        public Builder header(String... cells) {
            header.add(new HeaderRow(Arrays.asList(cells), TextStyle.centre().inBold()));
            return this;
        }

        /** A header row in a style of its own (the matrix's unit names, smaller to fit their narrow columns). */
        public Builder header(TextStyle style, String... cells) {
            header.add(new HeaderRow(Arrays.asList(cells), style));
            return this;
        }

        /** The row of column numbers under the header, "(1)", "(2)": italic, repeated with it. */
        public Builder columnNumbers(String... cells) {
            header.add(new HeaderRow(Arrays.asList(cells), TextStyle.centre().inItalic()));
            return this;
        }

        /** "(1)" … "(n)" for every column. */
        public Builder numberedColumns() {
            String[] numbers = new String[columns.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = "(" + (i + 1) + ")";
            }
            return columnNumbers(numbers);
        }

        /** A row of one cell per column, in the columns' styles. */
        public Builder row(String... texts) {
            List<Cell> cells = new ArrayList<>();
            for (String text : texts) {
                cells.add(new Cell(text, 1, null));
            }
            rows.add(new Row(cells));
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(new Row(cells));
            return this;
        }

        public int columnCount() {
            return columns.size();
        }

        public PrintTable build() {
            return new PrintTable(columns, header, rows);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Cell cell(String text) {
        return new Cell(text, 1, null);
    }

    public static Cell cell(String text, TextStyle style) {
        return new Cell(text, 1, style);
    }

    public static Cell span(String text, int span, TextStyle style) {
        return new Cell(text, span, style);
    }
}
