package vn.cchcdesk.report.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.report.ReportFixture;
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.report.quarterly.QuarterlyWorkbook;

/**
 * Biểu 1–4 printed as the workbook writes them: the fixture's quarter II written to a workbook and
 * read back, and every header and body cell of each printed table compared with the sheet's cell
 * as Excel shows it (formulas by their results, numbers 1.234, whole percentages, dd/MM/yyyy).
 */
class QuarterlyPrintTest {

    @TempDir
    static Path dir;
    static QuarterlyReport report;
    static XSSFWorkbook book;

    @BeforeAll
    static void write() throws Exception {
        Path file = dir.resolve("q2.xlsx");
        try (App app = ReportFixture.open(dir.resolve("data"))) {
            report = ReportFixture.queries(app).quarterly(ReportingPeriod.quarter(2026, 2), ReportFixture.TODAY);
            QuarterlyWorkbook.write(report, file);
        }
        book = Sheets.read(file);
    }

    @AfterAll
    static void close() throws Exception {
        book.close();
    }

    /** A printed row as the sheet holds it: a merged cell's text in its first column, the others empty. */
    private static List<String> cells(PrintTable.Row row) {
        List<String> out = new ArrayList<>();
        for (PrintTable.Cell cell : row.cells()) {
            out.add(cell.text());
            for (int i = 1; i < cell.span(); i++) {
                out.add("");
            }
        }
        return out;
    }

    private static List<String> cells(PrintTable.HeaderRow row) {
        return row.cells().stream().map(c -> PrintTable.LEFT.equals(c) || PrintTable.UP.equals(c) ? "" : c).toList();
    }

    private static List<String> shown(Sheet sheet, int rowIndex, int columns) {
        Row row = sheet.getRow(rowIndex);
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            out.add(row == null ? "" : Sheets.shown(row.getCell(c)));
        }
        return out;
    }

    private static void sameAsTheSheet(PrintDocument printed, int sheetIndex) {
        Sheet sheet = book.getSheetAt(sheetIndex);
        PrintTable table = printed.table();
        int columns = table.columns().size();
        int at = Sheets.rowWith(sheet, 0, "STT").getRowNum();
        for (PrintTable.HeaderRow header : table.header()) {
            assertThat(cells(header)).as("%s, header row %d", sheet.getSheetName(), at).isEqualTo(shown(sheet, at, columns));
            at++;
        }
        for (PrintTable.Row row : table.rows()) {
            assertThat(cells(row)).as("%s, row %d", sheet.getSheetName(), at).isEqualTo(shown(sheet, at, columns));
            at++;
        }
        assertThat(printed.name()).isEqualTo(sheet.getSheetName());
        assertThat(printed.orientation()).isEqualTo(sheet.getPrintSetup().getLandscape()
                ? PageSetup.Orientation.LANDSCAPE : PageSetup.Orientation.PORTRAIT);
        // the same widths, in the same proportions
        for (int c = 0; c < columns; c++) {
            assertThat(table.columns().get(c).width() * 256).isCloseTo(sheet.getColumnWidth(c), org.assertj.core.data.Offset.offset(1.0));
        }
    }

    @Test
    void biểu1To4HaveTheSheetsColumnsHeadersAndCells() {
        List<PrintDocument> forms = QuarterlyPrint.of(report);
        assertThat(forms).hasSize(4);
        for (int i = 0; i < 4; i++) {
            sameAsTheSheet(forms.get(i), i);
        }
    }

    @Test
    void eachFormHasItsFrameOnItsPages() {
        for (PrintDocument form : QuarterlyPrint.of(report)) {
            PagedDocument paged = Paginator.paginate(form, TextMeasure.times());
            PrintPage first = paged.pages().get(0);
            assertThat(first.lines()).contains("ỦY BAN NHÂN DÂN", "XÃ ĐỊNH TÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "STT");
            assertThat(String.join(" ", first.lines())).contains("QUÝ II NĂM 2026").contains("Biểu số");
            PrintPage last = paged.pages().get(paged.pageCount() - 1);
            assertThat(last.lines()).contains("NGƯỜI LẬP BIỂU", "Lê Thị Lan", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng", "Trang " + paged.pageCount()
                    + "/" + paged.pageCount());
        }
    }
}
