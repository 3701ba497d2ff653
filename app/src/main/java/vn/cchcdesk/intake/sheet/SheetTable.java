package vn.cchcdesk.intake.sheet;

import java.util.List;

/**
 * One sheet's rows as read, with its merged regions (whose value sits in the top-left cell only).
 *
 * @param date1904 the workbook counts dates from 1904 (old Mac Excel), not 1900
 */
record SheetTable(String name, List<SheetRow> rows, List<Merge> merges, boolean date1904) {

    /** A merged region, rows 1-based as Excel shows them, columns 0-based. */
    record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        int width() {
            return lastColumn - firstColumn + 1;
        }
    }

    /**
     * Copies the value of a region merged over several rows down its first column ("one date for
     * these three rows"): each row then reads as the clerk reads it. Horizontal merges stay as
     * they are, so a heading spread across the table stays one cell.
     */
    void spreadVerticalMerges(int fromRow) {
        if (merges.isEmpty()) {
            return;
        }
        java.util.Map<Integer, SheetRow> byNumber = new java.util.HashMap<>();
        for (SheetRow row : rows) {
            byNumber.put(row.number(), row);
        }
        for (Merge merge : merges) {
            if (merge.lastRow() <= merge.firstRow() || merge.lastRow() < fromRow) {
                continue;
            }
            SheetRow top = byNumber.get(merge.firstRow());
            Cell value = top == null ? null : top.cell(merge.firstColumn());
            if (value == null || value.isBlank()) {
                continue;
            }
            for (int r = Math.max(merge.firstRow() + 1, fromRow); r <= merge.lastRow(); r++) {
                SheetRow row = byNumber.get(r);
                if (row != null) {
                    row.fill(value);
                }
            }
        }
    }

    /** The horizontal merge starting at this cell, if any. */
    Merge mergeAt(int row, int column) {
        for (Merge merge : merges) {
            if (merge.firstRow() == row && merge.firstColumn() == column) {
                return merge;
            }
        }
        return null;
    }
}
