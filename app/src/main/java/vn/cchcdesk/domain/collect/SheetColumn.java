package vn.cchcdesk.domain.collect;

/** A column of an imported sheet: its position (0-based) and its header as written. */
public record SheetColumn(int index, String header) {

    public String letter() {
        return ColumnMapping.letter(index);
    }
}
