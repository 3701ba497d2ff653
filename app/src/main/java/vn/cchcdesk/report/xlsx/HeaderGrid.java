package vn.cchcdesk.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A table header written from a grid of texts where {@link XlsxSheet#LEFT} and {@link XlsxSheet#UP}
 * merge a cell into its neighbour: every cell styled, the merged regions, and rows as tall as
 * their texts need at the widths they span.
 */
final class HeaderGrid {

    private HeaderGrid() {
    }

    /** Writes the grid's rows from firstRow on; returns the index of the first row below them. */
    static int write(XlsxSheet target, int firstRow, CellStyle style, String[][] grid) {
        int columns = target.columnCount();
        float[] heights = new float[grid.length];
        Row[] rows = new Row[grid.length];
        for (int r = 0; r < grid.length; r++) {
            rows[r] = target.poi().createRow(firstRow + r);
            for (int c = 0; c < columns; c++) {
                Cell cell = rows[r].createCell(c);
                cell.setCellStyle(style);
                String value = c < grid[r].length ? grid[r][c] : "";
                if (!merged(value)) {
                    cell.setCellValue(value);
                }
            }
        }
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                String value = grid[r][c];
                if (merged(value)) {
                    continue;
                }
                int lastCol = c;
                while (lastCol + 1 < grid[r].length && XlsxSheet.LEFT.equals(grid[r][lastCol + 1])) {
                    lastCol++;
                }
                int lastRow = r;
                while (lastRow + 1 < grid.length && c < grid[lastRow + 1].length && XlsxSheet.UP.equals(grid[lastRow + 1][c])) {
                    lastRow++;
                }
                if (lastCol > c || lastRow > r) {
                    target.poi().addMergedRegion(new CellRangeAddress(firstRow + r, firstRow + lastRow, c, lastCol));
                }
                float needed = TextHeights.height(TextHeights.lines(value, target.width(c, lastCol), XlsxStyles.BODY_SIZE, true),
                        XlsxStyles.BODY_SIZE);
                // a cell spanning rows needs their sum; the last row it spans takes what is missing
                float have = 0;
                for (int k = r; k < lastRow; k++) {
                    have += heights[k];
                }
                heights[lastRow] = Math.max(heights[lastRow], needed - have);
            }
        }
        for (int r = 0; r < grid.length; r++) {
            rows[r].setHeightInPoints(Math.min(XlsxRow.MAX_HEIGHT, Math.max(heights[r], TextHeights.height(1, XlsxStyles.BODY_SIZE))));
        }
        return firstRow + grid.length;
    }

    private static boolean merged(String value) {
        return XlsxSheet.LEFT.equals(value) || XlsxSheet.UP.equals(value);
    }
}
