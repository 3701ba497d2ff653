package vn.cchcdesk.report.print;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of a document on its pages: column positions fitted to the page width, the header
 * (merged cells resolved) drawn at the top of every page the table runs on, and each row as tall
 * as its tallest cell, moved whole to the next page when it does not fit.
 */
final class TableLayout {

    private final PrintTable table;
    private final TextMeasure measure;
    /** Left edge of each column, and the table's right edge last. */
    private final double[] edges;
    /** The table is printed at this share of its size (fitted to the width, as the workbook prints). */
    private final double scale;
    private final List<HeaderCell> headerCells = new ArrayList<>();
    private final double[] headerHeights;
    private final double pageHeight;

    /** A merged header cell: its grid position and spans. */
    private record HeaderCell(String text, int row, int column, int rows, int columns, TextStyle style) {
    }

    /** A cell of a body row laid out: its columns and the lines it prints. */
    private record CellLines(int first, int last, List<String> lines, TextStyle style) {
    }

    TableLayout(PrintTable table, PageSetup setup, TextMeasure measure) {
        this.table = table;
        this.measure = measure;
        int n = table.columns().size();
        double natural = 0;
        for (PrintTable.Column c : table.columns()) {
            natural += points(c.width());
        }
        scale = Math.min(1, setup.contentWidth() / natural);
        double x = setup.left() + Math.max(0, (setup.contentWidth() - natural * scale) / 2);
        edges = new double[n + 1];
        for (int i = 0; i < n; i++) {
            edges[i] = x;
            x += points(table.columns().get(i).width()) * scale;
        }
        edges[n] = x;
        headerHeights = new double[table.header().size()];
        resolveHeader();
        pageHeight = setup.contentHeight();
    }

    private static double points(double excelChars) {
        return excelChars * Paginator.CHAR_POINTS + Paginator.COLUMN_POINTS;
    }

    double scale() {
        return scale;
    }

    // ------------------------------------------------------------------ header

    private void resolveHeader() {
        List<PrintTable.HeaderRow> rows = table.header();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                if (PrintTable.LEFT.equals(text) || PrintTable.UP.equals(text)) {
                    continue;
                }
                int last = c;
                while (last + 1 < cells.size() && PrintTable.LEFT.equals(cells.get(last + 1))) {
                    last++;
                }
                int bottom = r;
                while (bottom + 1 < rows.size() && PrintTable.UP.equals(rows.get(bottom + 1).cells().get(c))) {
                    bottom++;
                }
                headerCells.add(new HeaderCell(text, r, c, bottom - r + 1, last - c + 1, rows.get(r).style().scaled(scale)));
            }
        }
        // each row as tall as its own cells, then taller where a cell over several rows needs it
        for (HeaderCell cell : headerCells) {
            if (cell.rows() == 1) {
                headerHeights[cell.row()] = Math.max(headerHeights[cell.row()], needed(cell));
            }
        }
        for (HeaderCell cell : headerCells) {
            double spanned = 0;
            for (int r = cell.row(); r < cell.row() + cell.rows(); r++) {
                spanned += headerHeights[r];
            }
            double lack = needed(cell) - spanned;
            if (lack > 0) {
                headerHeights[cell.row() + cell.rows() - 1] += lack;
            }
        }
    }

    private double needed(HeaderCell cell) {
        return height(wrap(cell.text(), cell.column(), cell.column() + cell.columns() - 1, cell.style()).size(), cell.style());
    }

    double headerHeight() {
        double sum = 0;
        for (double h : headerHeights) {
            sum += h;
        }
        return sum;
    }

    private void placeHeader(Paginator page) {
        double top = page.y();
        for (HeaderCell cell : headerCells) {
            double cellTop = top;
            for (int r = 0; r < cell.row(); r++) {
                cellTop += headerHeights[r];
            }
            double cellHeight = 0;
            for (int r = cell.row(); r < cell.row() + cell.rows(); r++) {
                cellHeight += headerHeights[r];
            }
            int last = cell.column() + cell.columns() - 1;
            double left = edges[cell.column()];
            double right = edges[last + 1];
            page.stroke(left, cellTop, right, cellTop);
            page.stroke(left, cellTop + cellHeight, right, cellTop + cellHeight);
            page.stroke(left, cellTop, left, cellTop + cellHeight);
            page.stroke(right, cellTop, right, cellTop + cellHeight);
            drawLines(page, wrap(cell.text(), cell.column(), last, cell.style()), cell.style(), left, right, cellTop, cellHeight);
        }
        page.advance(headerHeight());
    }

    // ------------------------------------------------------------------ rows

    void placeOn(Paginator page) {
        boolean headerShown = false;
        double header = headerHeight();
        for (PrintTable.Row row : table.rows()) {
            List<CellLines> cells = layout(row);
            double height = rowHeight(cells);
            if (!headerShown) {
                // never leave the header alone at the foot of a page
                if (!page.pageEmpty() && header + Math.min(height, pageHeight - header) > page.room()) {
                    page.newPage();
                }
                placeHeader(page);
                headerShown = true;
            }
            while (height > page.room()) {
                if (height <= pageHeight - header) {
                    page.newPage();
                    placeHeader(page);
                    continue;
                }
                // taller than a page: as many lines as fit here, the rest on the next pages
                List<List<CellLines>> parts = split(cells, page.room());
                if (rowHeight(parts.get(0)) > 0 && parts.get(0).stream().anyMatch(c -> !c.lines().isEmpty())) {
                    drawRow(page, parts.get(0), rowHeight(parts.get(0)));
                }
                cells = parts.get(1);
                height = rowHeight(cells);
                page.newPage();
                placeHeader(page);
            }
            drawRow(page, cells, height);
        }
        if (!headerShown && !headerCells.isEmpty()) {
            if (!page.pageEmpty() && header > page.room()) {
                page.newPage();
            }
            placeHeader(page);
        }
    }

    private List<CellLines> layout(PrintTable.Row row) {
        List<CellLines> cells = new ArrayList<>();
        int column = 0;
        for (PrintTable.Cell cell : row.cells()) {
            int last = column + cell.span() - 1;
            TextStyle style = (cell.style() != null ? cell.style() : table.columns().get(column).style()).scaled(scale);
            cells.add(new CellLines(column, last, wrap(cell.text(), column, last, style), style));
            column = last + 1;
        }
        return cells;
    }

    private double rowHeight(List<CellLines> cells) {
        double height = 0;
        for (CellLines cell : cells) {
            height = Math.max(height, height(cell.lines().size(), cell.style()));
        }
        return height;
    }

    /** The lines of each cell that fit in {@code room}, and the rest. */
    private List<List<CellLines>> split(List<CellLines> cells, double room) {
        List<CellLines> first = new ArrayList<>();
        List<CellLines> rest = new ArrayList<>();
        for (CellLines cell : cells) {
            double line = cell.style().size() * Paginator.LINE;
            int fit = (int) Math.max(0, Math.floor((room - 2 * Paginator.PAD_Y * scale) / line));
            fit = Math.min(fit, cell.lines().size());
            first.add(new CellLines(cell.first(), cell.last(), cell.lines().subList(0, fit), cell.style()));
            rest.add(new CellLines(cell.first(), cell.last(), cell.lines().subList(fit, cell.lines().size()), cell.style()));
        }
        return List.of(first, rest);
    }

    private void drawRow(Paginator page, List<CellLines> cells, double height) {
        double top = page.y();
        double bottom = top + height;
        page.stroke(edges[0], top, edges[edges.length - 1], top);
        page.stroke(edges[0], bottom, edges[edges.length - 1], bottom);
        page.stroke(edges[0], top, edges[0], bottom);
        for (CellLines cell : cells) {
            double left = edges[cell.first()];
            double right = edges[cell.last() + 1];
            page.stroke(right, top, right, bottom);
            drawLines(page, cell.lines(), cell.style(), left, right, top, height);
        }
        page.advance(height);
    }

    // ------------------------------------------------------------------ text in cells

    private List<String> wrap(String text, int first, int last, TextStyle style) {
        double width = edges[last + 1] - edges[first] - 2 * Paginator.PAD_X * scale - indent(style);
        return TextWrap.lines(text, Math.max(1, width), style, measure);
    }

    private static double indent(TextStyle style) {
        return style.indent() * style.size();
    }

    private double height(int lines, TextStyle style) {
        return Math.max(1, lines) * style.size() * Paginator.LINE + 2 * Paginator.PAD_Y * scale;
    }

    /** The lines centred vertically in the cell, each aligned across it. */
    private void drawLines(Paginator page, List<String> lines, TextStyle style, double left, double right, double top, double height) {
        double lineHeight = style.size() * Paginator.LINE;
        double y = top + (height - lines.size() * lineHeight) / 2;
        double pad = Paginator.PAD_X * scale + indent(style);
        for (String line : lines) {
            double w = measure.width(line, style);
            page.text(line, Paginator.aligned(style.align(), left, right - left, w, pad), y + Paginator.baseline(style), w, style);
            y += lineHeight;
        }
    }
}
