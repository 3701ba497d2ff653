package vn.cchcdesk.domain.collect;

import java.util.List;

/**
 * What is wrong with one row of an imported sheet, named the way the clerk finds it in Excel: the
 * row number as Excel shows it, the column letter and header, and the reason (a message key).
 *
 * @param column 0-based, or -1 when the problem is the row's, not a cell's (a duplicate row)
 * @param field  the field concerned, or null
 */
public record RowProblem(int row, int column, String header, ImportField field, Severity severity, String messageKey,
                         List<Object> args) {

    /** Errors keep a row out of the import; warnings are shown and the row goes in. */
    public enum Severity { ERROR, WARNING }

    public RowProblem {
        header = header == null ? "" : header;
        args = List.copyOf(args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "C", or "" for a problem of the whole row. */
    public String columnLetter() {
        return column < 0 ? "" : ColumnMapping.letter(column);
    }
}
