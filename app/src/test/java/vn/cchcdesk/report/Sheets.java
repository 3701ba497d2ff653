package vn.cchcdesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading generated workbooks back in tests. */
public final class Sheets {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private Sheets() {
    }

    public static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The first row whose cell in a column reads exactly this text. */
    public static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row with \"" + text + "\" in column " + column + " of " + sheet.getSheetName());
    }

    /** The text of a cell as Excel shows it, formats applied, formulas by their results. */
    public static String shown(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell,
                cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator());
    }

    public static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? "" : r.getCell(column).toString();
    }

    /** Every non-empty text of a sheet, row by row, for looking a line up. */
    public static String allText(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                    out.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return out.toString();
    }
}
