package vn.cchcdesk.report.unitform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.ParsedSheet;
import vn.cchcdesk.domain.collect.RowProblem;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.intake.sheet.Sheets;
import vn.cchcdesk.intake.sheet.SpreadsheetReader;

/** The unit form as Excel sees it, and filled in and read back: exactly the rows filled come back. */
class UnitFormWriterTest {

    @TempDir
    Path dir;

    private static final Unit HND = Sheets.UNITS.get(3);

    static UnitFormSpec spec(Unit unit) {
        var q2 = Sheets.Q2;
        return new UnitFormSpec("xã Định Tân", "Phòng Văn hóa - Xã hội", unit, q2, q2.from(CutoffRule.DECREE_09),
                q2.to(CutoffRule.DECREE_09), LocalDate.of(2026, 6, 5), Sheets.FORMS, Sheets.UNITS, 40);
    }

    private XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theFormChecksWhatIsTypedAndProtectsItsHeaders() throws Exception {
        Path file = dir.resolve(UnitFormTexts.fileName(Sheets.Q2, HND.name()));
        assertThat(file.getFileName().toString()).isEqualTo("so-lieu-tuyen-truyen_2026-Q2_hoi-nong-dan-xa.xlsx");
        UnitFormWriter.write(spec(HND), file);
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Số liệu");
            assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(workbook.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Đơn vị báo cáo: Hội Nông dân xã");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Kỳ báo cáo: Quý II năm 2026 (số liệu từ ngày 15/03/2026 đến ngày 14/06/2026)");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).contains("trước ngày 05/06/2026");
            XSSFRow header = sheet.getRow(UnitFormWriter.HEADER_ROW - 1);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Hình thức");
            assertThat(header.getCell(3).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(UnitFormWriter.HEADER_ROW).getCell(1).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(UnitFormWriter.HEADER_ROW).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo(vn.cchcdesk.report.xlsx.XlsxFormats.DATE);
            assertThat(sheet.getProtect()).isTrue();

            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() + ":"
                    + v.getValidationConstraint().getValidationType())
                    .containsExactlyInAnyOrder("1:" + DataValidationConstraint.ValidationType.DATE,
                            "2:" + DataValidationConstraint.ValidationType.LIST, "3:" + DataValidationConstraint.ValidationType.LIST,
                            "6:" + DataValidationConstraint.ValidationType.LIST, "5:" + DataValidationConstraint.ValidationType.INTEGER,
                            "7:" + DataValidationConstraint.ValidationType.INTEGER, "8:" + DataValidationConstraint.ValidationType.INTEGER);
            assertThat(validations).allSatisfy(v -> assertThat(v.getRegions().getCellRangeAddress(0).getLastRow())
                    .isEqualTo(UnitFormWriter.HEADER_ROW + 39));

            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("8:8");
            assertThat(sheet.getFooter().getCenter()).isEqualTo(vn.cchcdesk.report.xlsx.Page.FOOTER);
            for (int i = 0; i < workbook.getNumberOfFonts(); i++) {
                assertThat(workbook.getFontAt(i).getFontName()).isEqualTo("Times New Roman");
            }
        }
    }

    @Test
    void aFilledFormImportsExactlyTheRowsFilled() throws Exception {
        Path file = dir.resolve("hnd.xlsx");
        UnitFormWriter.write(spec(HND), file);
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            fill(sheet, 0, LocalDate.of(2026, 4, 2), null, "Chương trình phát thanh (đài truyền thanh cơ sở)",
                    "Phát thanh về dịch vụ công trực tuyến", 2, 15, null);
            fill(sheet, 1, LocalDate.of(2026, 4, 15), null, "Hội nghị, hội thảo, tập huấn",
                    "Hội nghị tập huấn thủ tục hành chính", 1, 120, 45);
            fill(sheet, 4, LocalDate.of(2026, 5, 3), "Đoàn Thanh niên xã", "Bài đăng mạng xã hội (Zalo OA, Facebook)",
                    "Phối hợp đăng bài về Đề án 06", 3, null, null);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);  // as Excel does on opening
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        ParsedSheet parsed = new SpreadsheetReader().read(file, Sheets.context(), ImportProgress.none());
        assertThat(parsed.stamp().unitId()).isEqualTo(HND.id());
        assertThat(parsed.stamp().periodCode()).isEqualTo("2026-Q2");
        assertThat(parsed.headerRow()).isEqualTo(UnitFormWriter.HEADER_ROW);
        assertThat(parsed.rows()).extracting(ImportRow::rowNumber).containsExactly(9, 10, 13);
        assertThat(parsed.rows()).allSatisfy(r -> assertThat(r.problems()).as("row %s", r.rowNumber()).isEmpty());
        List<Activity> activities = parsed.rows().stream().map(ImportRow::activity).toList();
        assertThat(activities).extracting(Activity::unitId).containsExactly(10L, 10L, 12L);
        assertThat(activities).extracting(Activity::formId).containsExactly(1L, 8L, 3L);
        assertThat(activities).extracting(Activity::quantity).containsExactly(2, 1, 3);
        assertThat(activities.get(1).participants()).isEqualTo(45);
        assertThat(activities.get(0).durationMinutes()).isEqualTo(15);
    }

    @Test
    void aFormForAllUnitsNeedsTheUnitOnEachRow() throws Exception {
        Path file = dir.resolve("tat-ca.xlsx");
        UnitFormWriter.write(spec(null), file);
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(UnitFormWriter.HEADER_ROW + 39);
            fill(sheet, 0, LocalDate.of(2026, 4, 2), "Phòng Văn hóa - Xã hội", "Tin, bài trên Trang thông tin điện tử",
                    "Tin về một cửa", 1, null, null);
            fill(sheet, 1, LocalDate.of(2026, 4, 3), null, "Tin, bài trên Trang thông tin điện tử", "Tin không đơn vị", 1, null, null);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        ParsedSheet parsed = new SpreadsheetReader().read(file, Sheets.context(), ImportProgress.none());
        assertThat(parsed.stamp().unitId()).isNull();
        assertThat(parsed.rows()).extracting(ImportRow::status).containsExactly(ImportRow.Status.VALID, ImportRow.Status.INVALID);
        assertThat(parsed.rows().get(1).problems()).extracting(RowProblem::messageKey).contains("collect.row.unitRequired");
    }

    private static void fill(XSSFSheet sheet, int index, LocalDate date, String unit, String form, String title,
                             Integer quantity, Integer minutes, Integer participants) {
        XSSFRow row = sheet.getRow(UnitFormWriter.HEADER_ROW + index);
        row.getCell(1).setCellValue(date);
        set(row.getCell(2), unit);
        set(row.getCell(3), form);
        set(row.getCell(4), title);
        if (quantity != null) {
            row.getCell(5).setCellValue(quantity);
        }
        if (minutes != null) {
            row.getCell(7).setCellValue(minutes);
        }
        if (participants != null) {
            row.getCell(8).setCellValue(participants);
        }
    }

    private static void set(XSSFCell cell, String value) {
        if (value != null) {
            cell.setCellValue(value);
        }
    }
}
