package vn.cchcdesk.report.xlsx;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One row being written left to right. Text cells make the row as tall as their wrapped text
 * needs; a {@code null} number leaves a bordered blank (no "0" where nothing is known).
 */
public final class XlsxRow {

    private final XlsxSheet sheet;
    private final Row row;
    private final XlsxStyles styles;
    private int col;

    XlsxRow(XlsxSheet sheet, Row row) {
        this.sheet = sheet;
        this.row = row;
        this.styles = sheet.styles();
    }

    public Row poi() {
        return row;
    }

    /** 0-based index of this row, for formulas. */
    public int index() {
        return row.getRowNum();
    }

    /** 0-based column the next cell goes to. */
    public int column() {
        return col;
    }

    /** "E12": this row's cell in a column, for formulas. */
    public String ref(int column) {
        return XlsxSheet.ref(row.getRowNum(), column);
    }

    /** Moves to a column (cells skipped stay absent). */
    public XlsxRow at(int column) {
        col = column;
        return this;
    }

    public XlsxRow text(String value) {
        return text(value, styles.text());
    }

    public XlsxRow text(String value, CellStyle style) {
        return span(value, style, 1);
    }

    /** Text merged across this and the following columns, each bordered like the first. */
    public XlsxRow span(String value, CellStyle style, int columns) {
        int first = col;
        Cell cell = cell(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
            fit(value, style, first, first + columns - 1);
        }
        for (int i = 1; i < columns; i++) {
            cell(style);
        }
        if (columns > 1) {
            row.getSheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, first + columns - 1));
        }
        return this;
    }

    public XlsxRow integer(long value) {
        return integer(value, styles.integer());
    }

    public XlsxRow integer(long value, CellStyle style) {
        cell(style).setCellValue(value);
        return this;
    }

    /** A number, or a bordered blank when null. */
    public XlsxRow integer(Long value, CellStyle style) {
        Cell cell = cell(style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    /** A number, or a bordered blank when null or zero: matrices read better without a sea of zeros. */
    public XlsxRow integerOrBlank(Long value, CellStyle style) {
        return integer(value == null || value == 0 ? null : value, style);
    }

    public XlsxRow date(LocalDate value) {
        return date(value, styles.date());
    }

    public XlsxRow date(LocalDate value, CellStyle style) {
        Cell cell = cell(style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    /**
     * A live formula ("SUM(E10:E20)", no leading "="). Its result is computed when the book is
     * saved (in-memory sheets); on a streaming sheet give it with {@link #formula(String, double, CellStyle)}.
     */
    public XlsxRow formula(String formula, CellStyle style) {
        cell(style).setCellFormula(formula);
        return this;
    }

    /** A live formula with its result already known, stored so viewers that do not recalculate show it. */
    public XlsxRow formula(String formula, double result, CellStyle style) {
        Cell cell = cell(style);
        cell.setCellFormula(formula);
        cell.setCellValue(result);
        return this;
    }

    /** A live formula whose result is a text (a streaming sheet stores it as given). */
    public XlsxRow formula(String formula, String result, CellStyle style) {
        Cell cell = cell(style);
        cell.setCellFormula(formula);
        cell.setCellValue(result);
        return this;
    }

    /** Bordered empty cells. */
    public XlsxRow blank(int columns, CellStyle style) {
        for (int i = 0; i < columns; i++) {
            cell(style);
        }
        return this;
    }

    /** Empty bordered cells up to the last column. */
    public XlsxRow blankToEnd(CellStyle style) {
        return blank(Math.max(0, sheet.columnCount() - col), style);
    }

    /** Excel refuses rows taller than 409 points (it "repairs" the file). */
    static final float MAX_HEIGHT = 409;

    /** Sets the height (points) when taller than what the texts asked for. */
    public XlsxRow atLeast(float points) {
        if (row.getHeightInPoints() < points) {
            row.setHeightInPoints(Math.min(points, MAX_HEIGHT));
        }
        return this;
    }

    private Cell cell(CellStyle style) {
        Cell cell = row.createCell(col++);
        cell.setCellStyle(style);
        return cell;
    }

    private void fit(String value, CellStyle style, int fromCol, int toCol) {
        int size = styles.fontSize(style);
        // an indent level takes about the width of three spaces of the default font
        double width = sheet.width(fromCol, toCol) - styles.indent(style) * 1.5;
        int lines = TextHeights.lines(value, width, size, styles.isBold(style));
        if (lines > 1 || size > XlsxStyles.BODY_SIZE) {
            atLeast(TextHeights.height(lines, size));
        }
    }
}
