package vn.cchcdesk.intake.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.cchcdesk.domain.collect.ImportProgress;

/**
 * An Excel 97–2003 workbook (.xls). Such files hold at most 65,536 rows and the size limit is
 * checked before, so reading the whole workbook into memory is safe. Formulas give the value
 * Excel cached, as in .xlsx.
 */
final class XlsBook implements SheetBook {

    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;

    private XlsBook(POIFSFileSystem fs, HSSFWorkbook workbook) {
        this.fs = fs;
        this.workbook = workbook;
    }

    static XlsBook open(POIFSFileSystem fs) throws Exception {
        return new XlsBook(fs, new HSSFWorkbook(fs.getRoot(), true));
    }

    static POIFSFileSystem fileSystem(Path file) throws Exception {
        return new POIFSFileSystem(file.toFile(), true);
    }

    @Override
    public List<SheetRef> sheets() {
        List<SheetRef> refs = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            SheetRef.State state = workbook.isSheetVeryHidden(i) ? SheetRef.State.VERY_HIDDEN
                    : workbook.isSheetHidden(i) ? SheetRef.State.HIDDEN : SheetRef.State.VISIBLE;
            refs.add(new SheetRef(Integer.toString(i), workbook.getSheetName(i), state));
        }
        return refs;
    }

    @Override
    public SheetTable read(SheetRef ref, int maxRows, ImportProgress progress) {
        Sheet sheet = workbook.getSheetAt(Integer.parseInt(ref.id()));
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<Cell> cells = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                Cell value = value(cell, cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType());
                if (value != null) {
                    cells.add(value);
                }
            }
            if (!cells.isEmpty() && !cells.stream().allMatch(Cell::isBlank)) {
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            if (rows.size() % 1000 == 0) {
                progress.rowsRead(rows.size());
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
            }
            if (maxRows >= 0 && rows.size() >= maxRows) {
                break;
            }
        }
        List<SheetTable.Merge> merges = new ArrayList<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            merges.add(new SheetTable.Merge(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(),
                    range.getLastColumn()));
        }
        return new SheetTable(ref.name(), rows, merges, workbook.getInternalWorkbook().isUsing1904DateWindowing());
    }

    private static Cell value(org.apache.poi.ss.usermodel.Cell cell, CellType type) {
        int column = cell.getColumnIndex();
        return switch (type) {
            case STRING -> Cell.text(column, cell.getRichStringCellValue().getString());
            case NUMERIC -> Cell.number(column, cell.getNumericCellValue(), DateUtil.isCellDateFormatted(cell));
            case BOOLEAN -> Cell.bool(column, cell.getBooleanCellValue());
            case ERROR -> Cell.error(column, errorCode(cell));
            default -> null;
        };
    }

    private static String errorCode(org.apache.poi.ss.usermodel.Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERR";
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
            fs.close();
        } catch (java.io.IOException e) {
            // read-only: nothing to lose
        }
    }
}
