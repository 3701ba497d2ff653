package vn.cchcdesk.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.report.ReportFixture;
import vn.cchcdesk.report.Sheets;

/** A higher level's form made with POI as a clerk would in Excel, filled from the fixture's quarter II and read back. */
public class TemplateFillerTest {

    @TempDir
    static Path dir;
    static QuarterlyReport report;

    @BeforeAll
    static void load() {
        try (App app = ReportFixture.open(dir.resolve("data"))) {
            report = ReportFixture.queries(app).quarterly(ReportingPeriod.quarter(2026, 2), ReportFixture.TODAY);
        }
    }

    /** The form: a title, one indicator line, a unit table with its total, a merged note under it, a task table on a second sheet. */
    public static Path template(Path file) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Mẫu tỉnh");
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            bold.setFontName("Times New Roman");
            CellStyle title = book.createCellStyle();
            title.setFont(bold);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            CellStyle shaded = book.createCellStyle();
            shaded.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            shaded.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            sheet.createRow(0).createCell(0).setCellValue("BÁO CÁO {{ky_bao_cao_hoa}} CỦA {{ ten_xa }}");
            sheet.getRow(0).getCell(0).setCellStyle(title);
            Row line = sheet.createRow(2);
            line.createCell(0).setCellValue("Tin, bài");
            line.createCell(1).setCellValue("{{tin_bai_website.thuc_hien}}");
            line.createCell(2).setCellValue("{{tin_bai_website.luy_ke}}");
            line.createCell(3).setCellValue("{{tin_bai_website.ty_le}}");
            line.getCell(3).setCellStyle(percent);
            line.createCell(4).setCellValue("{{khong_co_chi_tieu_nay}}");
            line.createCell(5).setCellValue("Kỳ: {{ky_bao_cao}}, từ {{tu_ngay}} đến {{den_ngay}}, lũy kế {{tin_bai_website.luy_ke}} tin");
            line.createCell(6).setCellValue("{{ Kỳ báo cáo }} / {{TIN_BAI_WEBSITE . Luy_ke}}");
            sheet.createRow(3).createCell(0).setCellValue("STT");
            Row unit = sheet.createRow(4);
            unit.setHeightInPoints(30);
            unit.createCell(0).setCellValue("{{bang:don_vi}}{{stt}}");
            unit.createCell(1).setCellValue("{{don_vi}}");
            unit.createCell(2).setCellValue("{{tin_bai_website}}");
            unit.createCell(3).setCellValue("{{so_hoat_dong}}");
            unit.createCell(4).setCellValue("{{ky_bao_cao}}");
            for (int c = 0; c <= 4; c++) {
                unit.getCell(c).setCellStyle(shaded);
            }
            Row total = sheet.createRow(5);
            total.createCell(1).setCellValue("Tổng cộng");
            total.createCell(2).setCellFormula("SUM(C5:C5)");
            total.createCell(3).setCellFormula("SUM($D$5:$D$5)");
            sheet.createRow(6).createCell(0).setCellValue("Ghi chú {{nguoi_lap}}");
            sheet.addMergedRegion(new CellRangeAddress(6, 6, 0, 4));

            Sheet tasks = book.createSheet("Nhiệm vụ");
            Row task = tasks.createRow(1);
            task.createCell(0).setCellValue("{{bang:nhiem_vu}}{{stt}}");
            task.createCell(1).setCellValue("{{nhiem_vu}}");
            task.createCell(2).setCellValue("{{tinh_trang}}");
            book.createSheet("Khác").createRow(0).createCell(0).setCellValue("{{bang:khong_co_bang}}");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }

    @Test
    void fillsTheFormKeepingItsLayout() throws Exception {
        Path template = template(dir.resolve("mau.xlsx"));
        byte[] before = Files.readAllBytes(template);
        TemplateFiller.Result result = TemplateFiller.fill(report, template, dir.resolve("da-dien.xlsx"));

        assertThat(Files.readAllBytes(template)).isEqualTo(before);
        int units = report.units().size();
        assertThat(result.tableLines()).isEqualTo(units + report.tasks().size());
        try (XSSFWorkbook book = Sheets.read(result.file())) {
            Sheet sheet = book.getSheet("Mẫu tỉnh");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BÁO CÁO QUÝ II NĂM 2026 CỦA xã Định Tân");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row line = sheet.getRow(2);
            assertThat(line.getCell(1).getNumericCellValue()).isEqualTo(6);
            assertThat(line.getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(line.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(Sheets.shown(line.getCell(3))).isEqualTo("100%");
            assertThat(line.getCell(4).getStringCellValue()).isEqualTo("{{khong_co_chi_tieu_nay}}");
            assertThat(line.getCell(6).getStringCellValue()).isEqualTo("quý II năm 2026 / 12"); // as typed, accents and case aside
            assertThat(line.getCell(5).getStringCellValue())
                    .isEqualTo("Kỳ: quý II năm 2026, từ 15/03/2026 đến 14/06/2026, lũy kế 12 tin");

            // one row per unit, each with the template row's style and height
            for (int i = 0; i < units; i++) {
                Row row = sheet.getRow(4 + i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(report.units().get(i).name());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo("quý II năm 2026");
                assertThat(row.getCell(2).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
                assertThat(row.getHeightInPoints()).isEqualTo(30f);
            }
            Row vhxh = Sheets.rowWith(sheet, 1, "Phòng Văn hóa - Xã hội");
            assertThat(vhxh.getCell(2).getNumericCellValue()).isEqualTo(6);
            assertThat(vhxh.getCell(3).getNumericCellValue()).isEqualTo(5);
            // the total moved under the table, its range widened over every line, its result stored
            Row total = sheet.getRow(4 + units);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUM(C5:C" + (4 + units) + ")");
            assertThat(total.getCell(3).getCellFormula()).isEqualTo("SUM($D$5:$D$" + (4 + units) + ")");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(sumOfWebsiteByUnit());
            // the merged note moved with its row
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(5 + units, 5 + units, 0, 4));
            assertThat(sheet.getRow(5 + units).getCell(0).getStringCellValue()).isEqualTo("Ghi chú Lê Thị Lan");

            Sheet tasks = book.getSheet("Nhiệm vụ");
            assertThat(tasks.getRow(1).getCell(1).getStringCellValue()).isEqualTo(report.tasks().get(0).text());
            assertThat(tasks.getRow(report.tasks().size()).getCell(0).getNumericCellValue()).isEqualTo(report.tasks().size());
        }
        assertThat(result.unknown()).extracting(TemplateFiller.Unknown::name, TemplateFiller.Unknown::cell, TemplateFiller.Unknown::sheet)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("khong_co_chi_tieu_nay", "E3", "Mẫu tỉnh"),
                        org.assertj.core.groups.Tuple.tuple("bang:khong_co_bang", "A1", "Khác"));
    }

    private static long sumOfWebsiteByUnit() {
        long formId = report.summary().forms().stream().filter(f -> f.code().equals("WEBSITE")).findFirst().orElseThrow().formId();
        return report.units().stream().mapToLong(u -> u.quantity(formId)).sum();
    }

    @Test
    void neverWritesOverTheTemplate() throws Exception {
        Path template = template(dir.resolve("mau-2.xlsx"));
        assertThatThrownBy(() -> TemplateFiller.fill(report, template, template)).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("reportscreen.template.sameFile");
    }

    @Test
    void aFileThatIsNoWorkbookIsNamed() throws Exception {
        Path text = Files.writeString(dir.resolve("khong-phai.xlsx"), "không phải bảng tính");
        assertThatThrownBy(() -> TemplateFiller.fill(report, text, dir.resolve("ra.xlsx"))).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("reportscreen.template.unreadable");
        assertThat(dir.resolve("ra.xlsx")).doesNotExist();
    }

    @Test
    void everyHelpNameHasItsMeaningInTheBundle() {
        for (String name : Placeholders.GENERAL) {
            assertThat(vn.cchcdesk.i18n.Messages.has("reportscreen.ph." + name)).as(name).isTrue();
        }
        for (String suffix : Placeholders.SUFFIXES) {
            assertThat(vn.cchcdesk.i18n.Messages.has("reportscreen.suffix." + suffix)).as(suffix).isTrue();
        }
        for (String table : TemplateTables.COLUMNS.keySet()) {
            assertThat(vn.cchcdesk.i18n.Messages.has("reportscreen.table." + table)).as(table).isTrue();
        }
        var values = Placeholders.of(report, SummaryRows.of(report));
        assertThat(values.keySet()).containsAll(Placeholders.GENERAL)
                .contains("tin_bai_website.ty_le", "hinh_thuc_website.luy_ke", "chi_tieu_dat.ke_hoach", "ty_le_hoan_thanh");
    }
}
