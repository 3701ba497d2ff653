package vn.cchcdesk.report.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.report.ReportFixture;
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.report.quarterly.QuarterlyWorkbook;

/** The preview's rows are Biểu 1's: the written sheet is read back, formulas by their stored results, row by row. */
class SummaryRowsTest {

    @TempDir
    Path dir;

    @Test
    void everyRowMatchesTheWrittenSheet() throws Exception {
        Path file = dir.resolve("q2.xlsx");
        QuarterlyReport report;
        try (App app = ReportFixture.open(dir.resolve("data"))) {
            report = ReportFixture.queries(app).quarterly(ReportingPeriod.quarter(2026, 2), ReportFixture.TODAY);
            QuarterlyWorkbook.write(report, file);
        }
        List<SummaryRow> rows = SummaryRows.of(report);
        try (XSSFWorkbook book = Sheets.read(file)) {
            Sheet sheet = book.getSheetAt(0);
            int r = Sheets.rowWith(sheet, 1, rows.get(0).label()).getRowNum();
            for (SummaryRow expected : rows) {
                Row row = sheet.getRow(r++);
                assertThat(Sheets.text(sheet, row.getRowNum(), 1)).as("label").isEqualTo(expected.label());
                assertThat(Sheets.text(sheet, row.getRowNum(), 0)).as("STT of " + expected.label()).isEqualTo(expected.stt());
                if (expected.kind() == SummaryRow.Kind.SECTION) {
                    continue;
                }
                if (expected.kind() == SummaryRow.Kind.RATE) {
                    assertThat(number(row.getCell(4))).isEqualTo(expected.rates().current());
                    assertThat(number(row.getCell(5))).isEqualTo(expected.rates().yearToDate());
                    assertThat(number(row.getCell(7))).isEqualTo(expected.rates().lastYear());
                    continue;
                }
                assertThat(number(row.getCell(3))).as("plan of " + expected.label()).isEqualTo(dbl(expected.plan()));
                assertThat(number(row.getCell(4))).as("current of " + expected.label()).isEqualTo(dbl(expected.current()));
                assertThat(number(row.getCell(5))).as("ytd of " + expected.label()).isEqualTo(dbl(expected.yearToDate()));
                assertThat(number(row.getCell(6))).as("share of " + expected.label()).isEqualTo(expected.share());
                assertThat(number(row.getCell(7))).as("last year of " + expected.label()).isEqualTo(dbl(expected.lastYear()));
            }
        }
        SummaryRow website = rows.stream().filter(x -> "tin_bai_website".equals(x.key())).findFirst().orElseThrow();
        assertThat(website.current()).isEqualTo(6);
        assertThat(website.share()).isEqualTo(1.0);
    }

    /** A cell's number (a formula's stored result), null when blank or text. */
    private static Double number(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? cell.getNumericCellValue() : null;
    }

    private static Double dbl(Long value) {
        return value == null ? null : value.doubleValue();
    }
}
