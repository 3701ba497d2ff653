package vn.cchcdesk.report.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.cchcdesk.report.Sheets.rowWith;
import static vn.cchcdesk.report.quarterly.SummarySheet.CURRENT;
import static vn.cchcdesk.report.quarterly.SummarySheet.LAST_YEAR;
import static vn.cchcdesk.report.quarterly.SummarySheet.PLAN;
import static vn.cchcdesk.report.quarterly.SummarySheet.SHARE;
import static vn.cchcdesk.report.quarterly.SummarySheet.YTD;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
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
import vn.cchcdesk.report.xlsx.XlsxFormats;

/** The quarter II workbook of the fixture read back with POI: texts, figures, live formulas, layout. */
class QuarterlyWorkbookTest {

    @TempDir
    static Path dir;
    static QuarterlyReport report;
    static XSSFWorkbook book;
    static Sheet summary;

    @BeforeAll
    static void write() throws Exception {
        Path file = dir.resolve("bao-cao-2026-Q2.xlsx");
        try (App app = ReportFixture.open(dir.resolve("data"))) {
            report = ReportFixture.queries(app).quarterly(ReportingPeriod.quarter(2026, 2), ReportFixture.TODAY);
            QuarterlyWorkbook.write(report, file);
        }
        book = Sheets.read(file);
        summary = book.getSheetAt(0);
    }

    @AfterAll
    static void close() throws Exception {
        book.close();
    }

    private static Cell cell(String label, int column) {
        return rowWith(summary, SummarySheet.LABEL, label).getCell(column);
    }

    private static double evaluated(Cell cell) {
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        return evaluator.evaluate(cell).getNumberValue();
    }

    @Test
    void fiveSheetsInOrder() {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Biểu 1 - Tổng hợp", "Biểu 2 - Theo đơn vị", "Biểu 3 - Nhiệm vụ", "Biểu 4 - Văn bản",
                "Biểu 5 - Chi tiết");
        assertThat(book.getActiveSheetIndex()).isZero();
    }

    @Test
    void summaryHeaderTitleAndCutOff() {
        String text = Sheets.allText(summary);
        assertThat(Sheets.text(summary, 0, 0)).isEqualTo("ỦY BAN NHÂN DÂN");
        assertThat(Sheets.text(summary, 1, 0)).isEqualTo("XÃ ĐỊNH TÂN");
        assertThat(Sheets.text(summary, 0, 3)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(Sheets.text(summary, 1, 3)).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(text).contains("BIỂU TỔNG HỢP KẾT QUẢ THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2026",
                "Số liệu tính từ ngày 15/03/2026 đến ngày 14/06/2026", "/BC-UBND ngày      tháng 6 năm 2026 của Ủy ban nhân dân xã Định Tân",
                "Định Tân, ngày 20 tháng 6 năm 2026", "NGƯỜI LẬP BIỂU", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng", "Lê Thị Lan");
        Row header = rowWith(summary, 0, "STT");
        List<String> columns = new ArrayList<>();
        header.forEach(c -> columns.add(c.getStringCellValue()));
        assertThat(columns).containsExactly("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Thực hiện trong kỳ",
                "Lũy kế từ đầu năm", "% kế hoạch", "Cùng kỳ năm trước", "Ghi chú");
    }

    @Test
    void summaryFigures() {
        Row website = rowWith(summary, SummarySheet.LABEL, "Tin, bài trên Trang thông tin điện tử");
        assertThat(website.getCell(SummarySheet.MEASURE).getStringCellValue()).isEqualTo("tin, bài");
        assertThat(website.getCell(PLAN).getNumericCellValue()).isEqualTo(12);
        assertThat(website.getCell(CURRENT).getNumericCellValue()).isEqualTo(6);
        assertThat(website.getCell(YTD).getNumericCellValue()).isEqualTo(12);
        assertThat(website.getCell(LAST_YEAR).getNumericCellValue()).isEqualTo(8);
        assertThat(cell("Văn bản chỉ đạo, hướng dẫn của cấp trên đã tiếp nhận", YTD).getNumericCellValue()).isEqualTo(2);
        assertThat(cell("Lượt truy cập chuyên mục cải cách hành chính trên Trang thông tin điện tử", CURRENT).getNumericCellValue())
                .isEqualTo(4000);
        assertThat(cell("Bài đăng mạng xã hội (Zalo OA, Facebook)", PLAN).getCellType()).isEqualTo(CellType.BLANK);
    }

    @Test
    void totalsAndSharesAreFormulasWithTheirResultsStored() {
        Cell online = cell("Hình thức trực tuyến, ứng dụng công nghệ thông tin", CURRENT);
        assertThat(online.getCellFormula()).startsWith("SUM(E");
        Cell total = cell("Cộng (1) + (2)", CURRENT);
        Cell share = cell("Chương trình phát thanh (đài truyền thanh cơ sở)", SHARE);
        Cell targets = cell("Chỉ tiêu kế hoạch năm đã đạt (lũy kế so với kế hoạch)", YTD);
        Cell rate = cell("Tỷ lệ nhiệm vụ hoàn thành", CURRENT);
        for (Cell c : List.of(online, total, share, targets, rate)) {
            assertThat(c.getCellType()).isEqualTo(CellType.FORMULA);
            // what a viewer that does not recalculate shows is what Excel computes
            assertThat(c.getNumericCellValue()).isCloseTo(evaluated(c), within(1e-9));
        }
        assertThat(online.getNumericCellValue()).isEqualTo(16);
        assertThat(cell("Hình thức truyền thống", CURRENT).getNumericCellValue()).isEqualTo(1510);
        assertThat(total.getNumericCellValue()).isEqualTo(1526);
        assertThat(share.getNumericCellValue()).isCloseTo(8.0 / 24, within(1e-9));
        assertThat(cell("Tin, bài trên Trang thông tin điện tử", SHARE).getNumericCellValue()).isEqualTo(1.0);
        assertThat(cell("Chỉ tiêu kế hoạch năm đã đạt (lũy kế so với kế hoạch)", PLAN).getNumericCellValue()).isEqualTo(3);
        assertThat(targets.getNumericCellValue()).isEqualTo(2);
        assertThat(rate.getNumericCellValue()).isEqualTo(0.25);
        assertThat(cell("Tỷ lệ nhiệm vụ hoàn thành", YTD).getNumericCellValue()).isEqualTo(0.4);
        // no plan, no share: the formula gives an empty text
        assertThat(cell("Bài đăng mạng xã hội (Zalo OA, Facebook)", SHARE).getCellType()).isEqualTo(CellType.BLANK);
    }

    @Test
    void everyStoredFormulaResultIsWhatExcelComputes() {
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    formulas++;
                    var value = evaluator.evaluate(cell);
                    String at = sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula();
                    if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                        assertThat(cell.getNumericCellValue()).as(at).isCloseTo(value.getNumberValue(), within(1e-9));
                    } else {
                        assertThat(cell.getStringCellValue()).as(at).isEqualTo(value.getStringValue());
                    }
                }
            }
        }
        // Biểu 1's subtotals, shares and counts; Biểu 2, 3 and 5 store their totals as they count them
        assertThat(formulas).isGreaterThan(40);
    }

    @Test
    void aFigureCorrectedInExcelCarriesThrough() {
        // changes the book read back, then puts the value back for the other tests
        Cell website = cell("Tin, bài trên Trang thông tin điện tử", CURRENT);
        website.setCellValue(100);
        try {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(cell("Hình thức trực tuyến, ứng dụng công nghệ thông tin", CURRENT)).getNumberValue()).isEqualTo(110);
            assertThat(evaluator.evaluate(cell("Cộng (1) + (2)", CURRENT)).getNumberValue()).isEqualTo(1620);
        } finally {
            website.setCellValue(6);
        }
    }

    @Test
    void numbersAndDatesInTheVietnameseWay() {
        Cell banner = cell("Pano, áp phích, băng rôn, khẩu hiệu", CURRENT);
        assertThat(banner.getCellStyle().getDataFormatString()).isEqualTo(XlsxFormats.INTEGER);
        assertThat(Sheets.shown(banner)).isEqualTo("1.500");
        assertThat(Sheets.shown(cell("Tin, bài trên Trang thông tin điện tử", CURRENT))).isEqualTo("6");
        assertThat(Sheets.shown(cell("Tin, bài trên Trang thông tin điện tử", SHARE))).isEqualTo("100%");
        Sheet units = book.getSheetAt(1);
        Cell submitted = rowWith(units, 1, "Phòng Văn hóa - Xã hội").getCell(units.getRow(rowWith(units, 0, "STT").getRowNum())
                .getLastCellNum() - 1);
        assertThat(DateUtil.isCellDateFormatted(submitted)).isTrue();
        assertThat(Sheets.shown(submitted)).isEqualTo("08/06/2026");
    }

    @Test
    void unitsAcrossForms() {
        Sheet units = book.getSheetAt(1);
        Row first = rowWith(units, 0, "STT");
        Row forms = units.getRow(first.getRowNum() + 1);
        assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Hình thức trực tuyến, ứng dụng công nghệ thông tin");
        assertThat(forms.getCell(2).getStringCellValue()).isEqualTo("Tin, bài trên Trang thông tin điện tử (tin, bài)");
        assertThat(units.getMergedRegions()).contains(new CellRangeAddress(first.getRowNum(), first.getRowNum(), 2, 6),
                new CellRangeAddress(first.getRowNum(), first.getRowNum() + 1, 0, 0));
        Row vhxh = rowWith(units, 1, "Phòng Văn hóa - Xã hội");
        assertThat(vhxh.getCell(2).getNumericCellValue()).isEqualTo(6);
        assertThat(vhxh.getCell(3).getNumericCellValue()).isEqualTo(10);
        assertThat(vhxh.getCell(4).getCellType()).isEqualTo(CellType.BLANK); // no videos: empty, not 0
        Row total = rowWith(units, 1, "Tổng cộng");
        assertThat(total.getCell(2).getCellFormula()).startsWith("SUM(C");
        assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(6);
        assertThat(total.getCell(total.getLastCellNum() - 1).getStringCellValue()).isEqualTo("1/12");
    }

    @Test
    void tasksUnderTheirDirectivesWithCounts() {
        Sheet tasks = book.getSheetAt(2);
        assertThat(Sheets.allText(tasks)).contains("Kế hoạch số 42/KH-UBND ngày 10/01/2026 của UBND xã Định Tân về tuyên truyền",
                "Công văn số 15/UBND-VHXH ngày 15/04/2026");
        Row overdue = rowWith(tasks, 1, "Phát chuyên mục cải cách hành chính trên đài truyền thanh");
        assertThat(overdue.getCell(TaskSheet.STATUS).getStringCellValue()).isEqualTo("Quá hạn");
        assertThat(overdue.getCell(4).getStringCellValue()).isEqualTo("01/05/2026");
        Row requested = rowWith(tasks, 1, "Tuyên truyền trong đoàn viên, hội viên");
        assertThat(requested.getCell(2).getStringCellValue()).isEqualTo("Ủy ban MTTQ Việt Nam xã (đề nghị)");
        Row done = rowWith(tasks, 1, "Tổ chức hội nghị tập huấn nghiệp vụ tuyên truyền cải cách hành chính");
        assertThat(done.getCell(6).getStringCellValue()).isEqualTo("Hoàn thành ngày 25/05/2026. Đã tổ chức cho 150 người");
        assertThat(rowWith(tasks, 1, "Tổng số nhiệm vụ").getCell(TaskSheet.STATUS).getNumericCellValue()).isEqualTo(4);
        assertThat(rowWith(tasks, 1, "Đã hoàn thành").getCell(TaskSheet.STATUS).getNumericCellValue()).isEqualTo(1);
        assertThat(rowWith(tasks, 1, "Đang thực hiện (trong hạn)").getCell(TaskSheet.STATUS).getNumericCellValue()).isEqualTo(2);
        Cell overdueCount = rowWith(tasks, 1, "Quá hạn").getCell(TaskSheet.STATUS);
        assertThat(overdueCount.getCellFormula()).startsWith("COUNTIF(");
        assertThat(evaluated(overdueCount)).isEqualTo(1);
    }

    @Test
    void documentsReceivedAndIssued() {
        Sheet documents = book.getSheetAt(3);
        Row received = rowWith(documents, 3, "1478/SNV-CCHC&VTTLT");
        assertThat(received.getCell(1).getStringCellValue()).isEqualTo("12");
        assertThat(Sheets.shown(received.getCell(2))).isEqualTo("25/03/2026");
        assertThat(received.getCell(5).getStringCellValue()).isEqualTo("Công văn V/v đẩy mạnh thông tin, tuyên truyền cải cách hành chính");
        assertThat(received.getCell(6).getStringCellValue()).isEqualTo("Sở Nội vụ tỉnh Thanh Hóa");
        assertThat(received.getCell(8).getStringCellValue()).isEqualTo("Chưa xử lý\nHạn: 04/04/2026");
        Row issued = rowWith(documents, 3, "70/BC-UBND");
        assertThat(issued.getCell(5).getStringCellValue()).isEqualTo("Báo cáo kết quả công tác cải cách hành chính 6 tháng");
        assertThat(issued.getCell(7).getStringCellValue()).isEqualTo("Thiều Sỹ Hưng");
        assertThat(issued.getCell(8).getStringCellValue()).isEqualTo("5 bản");
        assertThat(Sheets.allText(documents)).contains("VĂN BẢN ĐẾN (1 văn bản)", "VĂN BẢN ĐI (2 văn bản)");
    }

    @Test
    void everyActivityWithItsTotals() {
        Sheet details = book.getSheetAt(4);
        int header = rowWith(details, 0, "STT").getRowNum();
        Row first = details.getRow(header + 2);
        assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
        assertThat(Sheets.shown(first.getCell(1))).isEqualTo("15/03/2026");
        assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Phòng Văn hóa - Xã hội");
        Row total = rowWith(details, 1, "Tổng cộng: 9 hoạt động");
        assertThat(total.getRowNum()).isEqualTo(header + 2 + 9);
        assertThat(total.getCell(DetailSheet.QUANTITY).getCellFormula()).isEqualTo("SUM(F" + (header + 3) + ":F" + (header + 11) + ")");
        assertThat(total.getCell(DetailSheet.QUANTITY).getNumericCellValue()).isEqualTo(1526);
        assertThat(evaluated(total.getCell(DetailSheet.PARTICIPANTS))).isEqualTo(230);
        assertThat(total.getCell(DetailSheet.MINUTES).getNumericCellValue()).isEqualTo(105);
        assertThat(details.getPaneInformation().isFreezePane()).isTrue();
    }
}
