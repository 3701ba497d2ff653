package vn.cchcdesk.domain.collect;

import java.util.List;

/**
 * A file read and checked row by row, before anything is written: which sheet, where its header
 * was found, how its columns were mapped, what the form said about itself, and every data row.
 *
 * @param headerRow the header's row number as Excel shows it (0 when no header was found)
 * @param stamp     what a form written by the app says about itself, or null for any other file
 */
public record ParsedSheet(SourceFile file, String sheetName, int headerRow, List<SheetColumn> columns,
                          ColumnMapping mapping, FormStamp stamp, List<Notice> notices, List<ImportRow> rows) {

    public ParsedSheet {
        columns = List.copyOf(columns);
        notices = List.copyOf(notices);
        rows = List.copyOf(rows);
    }

    public ParsedSheet withRows(List<ImportRow> newRows) {
        return new ParsedSheet(file, sheetName, headerRow, columns, mapping, stamp, notices, newRows);
    }

    public long count(ImportRow.Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public String header(int column) {
        return columns.stream().filter(c -> c.index() == column).map(SheetColumn::header).findFirst().orElse("");
    }
}
