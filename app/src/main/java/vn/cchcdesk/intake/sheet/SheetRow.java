package vn.cchcdesk.intake.sheet;

import java.util.ArrayList;
import java.util.List;

/** A row of a sheet with its non-empty cells, numbered as Excel shows it (1-based). */
final class SheetRow {

    private final int number;
    private final List<Cell> cells;

    SheetRow(int number, List<Cell> cells) {
        this.number = number;
        this.cells = new ArrayList<>(cells);
    }

    int number() {
        return number;
    }

    List<Cell> cells() {
        return cells;
    }

    Cell cell(int column) {
        for (Cell c : cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    /** Fills a cell left blank (the other cells of a merged region). */
    void fill(Cell value) {
        Cell existing = cell(value.column());
        if (existing == null) {
            cells.add(value);
        } else if (existing.isBlank()) {
            cells.set(cells.indexOf(existing), value);
        }
    }

    boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }

    String display(int column) {
        Cell c = cell(column);
        return c == null ? "" : c.display().strip();
    }
}
