package vn.cchcdesk.report.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.report.ReportFixture;
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.report.xlsx.Page;

/** How every sheet of the workbook looks and prints: fonts, page setup, merged blocks, row heights. */
class WorkbookLayoutTest {

    @TempDir
    static Path dir;
    static XSSFWorkbook book;

    @BeforeAll
    static void write() throws Exception {
        Path file = dir.resolve("bao-cao-2026.xlsx");
        try (App app = ReportFixture.open(dir.resolve("data"))) {
            QuarterlyWorkbook.write(ReportFixture.queries(app).quarterly(ReportingPeriod.year(2026), ReportFixture.TODAY), file);
        }
        book = Sheets.read(file);
    }

    @AfterAll
    static void close() throws Exception {
        book.close();
    }

    @Test
    void timesNewRomanInEveryCellAndNoThemeFont() {
        for (int i = 0; i < book.getNumberOfFonts(); i++) {
            XSSFFont font = book.getFontAt(i);
            assertThat(font.getFontName()).as("font %d", i).isEqualTo("Times New Roman");
            // a theme scheme would make Excel draw the theme's Calibri whatever the name says
            assertThat(font.getScheme()).as("font %d", i).isEqualTo(FontScheme.NONE);
        }
        int cells = 0;
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(book.getFontAt(cell.getCellStyle().getFontIndex()).getFontName())
                            .as("%s!%s", sheet.getSheetName(), cell.getAddress()).isEqualTo("Times New Roman");
                    cells++;
                }
            }
        }
        assertThat(cells).isGreaterThan(500);
    }

    @Test
    void everySheetPrintsOnA4FittedToWidthWithItsHeaderOnEveryPage() {
        for (Sheet sheet : book) {
            String name = sheet.getSheetName();
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).as(name).isTrue();
            assertThat(sheet.getFitToPage()).as(name).isTrue();
            assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).as(name).isZero();
            assertThat(sheet.getHorizontallyCenter()).as(name).isTrue();
            assertThat(sheet.getMargin(PageMargin.TOP) * 25.4).as(name).isCloseTo(20, within(0.01));
            assertThat(sheet.getMargin(PageMargin.BOTTOM) * 25.4).as(name).isCloseTo(20, within(0.01));
            assertThat(sheet.getMargin(PageMargin.LEFT) * 25.4).as(name).isCloseTo(30, within(0.01));
            assertThat(sheet.getMargin(PageMargin.RIGHT) * 25.4).as(name).isCloseTo(15, within(0.01));
            assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo(Page.FOOTER).endsWith("Trang &P/&N");
            CellRangeAddress repeated = sheet.getRepeatingRows();
            int header = Sheets.rowWith(sheet, 0, "STT").getRowNum();
            assertThat(repeated).as(name).isNotNull();
            assertThat(repeated.getFirstRow()).as(name).isEqualTo(header);
            // the header and the row of column numbers under it
            assertThat(Sheets.text(sheet, repeated.getLastRow(), 0)).as(name).isIn("A", "(1)");
            assertThat(((XSSFSheet) sheet).getCTWorksheet().getSheetPr().getPageSetUpPr().getFitToPage()).as(name).isTrue();
        }
    }

    @Test
    void officialHeaderBlocksAreMergedOverTheirColumns() {
        Sheet summary = book.getSheetAt(0);
        assertThat(summary.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:C1"), CellRangeAddress.valueOf("D1:I1"),
                CellRangeAddress.valueOf("A2:C2"), CellRangeAddress.valueOf("D2:I2"));
        XSSFFont motto = book.getFontAt(summary.getRow(1).getCell(3).getCellStyle().getFontIndex());
        assertThat(motto.getBold()).isTrue();
        assertThat(motto.getUnderline()).isEqualTo(org.apache.poi.ss.usermodel.Font.U_SINGLE);
        for (Sheet sheet : book) {
            assertThat(Sheets.text(sheet, 0, 0)).as(sheet.getSheetName()).isEqualTo("ỦY BAN NHÂN DÂN");
            assertThat(Sheets.allText(sheet)).as(sheet.getSheetName()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "NĂM 2026",
                    "Thiều Sỹ Hưng");
        }
    }

    @Test
    void wrappedTextGetsTheRowsItNeeds() {
        Sheet summary = book.getSheetAt(0);
        float oneLine = summary.getDefaultRowHeightInPoints();
        Row twoLines = Sheets.rowWith(summary, 1, "Văn bản chỉ đạo, đôn đốc khác đã ban hành (quyết định, công văn, thông báo…)");
        Row oneLineRow = Sheets.rowWith(summary, 1, "Tin, bài trên Trang thông tin điện tử");
        assertThat(twoLines.getHeightInPoints()).isGreaterThan(oneLine * 1.6f);
        assertThat(oneLineRow.getHeightInPoints()).isLessThan(oneLine * 1.3f);
        assertThat(summary.getRow(0).getCell(0).getCellStyle().getWrapText()).isTrue();
    }
}
