package vn.cchcdesk.report.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.DocumentRegister;
import vn.cchcdesk.domain.report.RegisterLine;
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.ui.ShellTestSupport;

/** The registers written and read back with POI: cover, Phụ lục IV columns, values, fonts and print setup. */
class RegisterWorkbookTest {

    private static final DateRange YEAR = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    @TempDir
    Path dir;

    private static DocumentRef ref(long id, Direction direction, DocumentType type, String number, PartialDate date, String issuer,
                                   String summary) {
        return new DocumentRef(id, direction, type, DocumentNumber.parse(number).orElseThrow(), date, issuer, summary);
    }

    private static DocumentRegister incoming(int lines) {
        List<RegisterLine> list = new ArrayList<>();
        DocumentRef reply = ref(99, Direction.OUT, DocumentType.CONG_VAN, "20/UBND-VHXH", new PartialDate(12, 2, 2026), null, "trả lời");
        for (int i = 1; i <= lines; i++) {
            list.add(new RegisterLine(ref(i, Direction.IN, DocumentType.CONG_VAN, (1000 + i) + "/SNV-CCHC&VTTLT",
                    new PartialDate(i % 28 + 1, 3, 2026), "Sở Nội vụ", "V/v đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính"),
                    i, LocalDate.of(2026, 3, 1).plusDays(i), "Phòng Văn hóa - Xã hội", LocalDate.of(2026, 3, 2).plusDays(i), null,
                    List.of(), null, null, i == 1 ? reply : null, i == 1 ? "Bản chính" : null));
        }
        return new DocumentRegister(Direction.IN, ShellTestSupport.DINH_TAN, YEAR, true, list);
    }

    @Test
    void theIncomingRegisterHasItsCoverItsColumnsAndPrintsOnA4Landscape() throws Exception {
        Path file = dir.resolve("Sổ đến 2026.xlsx");
        RegisterWorkbook.write(incoming(60), file);

        try (XSSFWorkbook book = Sheets.read(file)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet cover = book.getSheetAt(0);
            assertThat(cover.getSheetName()).isEqualTo("Bìa sổ");
            assertThat(Sheets.allText(cover).split("\n")).containsExactly("ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "ỦY BAN NHÂN DÂN XÃ ĐỊNH TÂN",
                    "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "Năm: 2026", "Từ ngày 01/01/2026 đến ngày 31/12/2026", "Từ số 1 đến số 60", "Gồm 60 văn bản");

            XSSFSheet register = book.getSheetAt(1);
            assertThat(register.getSheetName()).isEqualTo("Sổ đến 2026");
            Row header = Sheets.rowWith(register, 0, "Ngày đến");
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng",
                    "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú");
            Row numbers = register.getRow(header.getRowNum() + 1);
            assertThat(numbers.getCell(0).getStringCellValue()).isEqualTo("(1)");
            assertThat(numbers.getCell(9).getStringCellValue()).isEqualTo("(10)");
            assertThat(register.getRepeatingRows()).isEqualTo(new CellRangeAddress(header.getRowNum(), header.getRowNum() + 1, -1, -1));

            Row first = register.getRow(header.getRowNum() + 2);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
            assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(Sheets.shown(first.getCell(0))).isEqualTo("02/03/2026");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Sở Nội vụ");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("1001/SNV-CCHC&VTTLT");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("02/03/2026");
            assertThat(first.getCell(5).getStringCellValue())
                    .isEqualTo("Công văn V/v đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Phòng Văn hóa - Xã hội");
            assertThat(Sheets.shown(first.getCell(7))).isEqualTo("03/03/2026");
            assertThat(first.getCell(8).getCellType()).as("Ký nhận, for the hand").isEqualTo(CellType.BLANK);
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("Bản chính\nĐã trả lời bằng Công văn 20/UBND-VHXH");
            assertThat(first.getHeightInPoints()).as("tall enough for the wrapped summary").isGreaterThan(register.getDefaultRowHeightInPoints());
            assertThat(register.getLastRowNum()).isEqualTo(header.getRowNum() + 1 + 60);

            for (XSSFSheet sheet : List.of(cover, register)) {
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).isTrue();
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getFooter().getCenter()).contains("Trang &P/&N");
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(book.getFontAt(cell.getCellStyle().getFontIndex()).getFontName()).isEqualTo("Times New Roman");
                    }
                }
            }
        }
    }

    @Test
    void theOutgoingRegisterOfASpanAndAnEmptyOne() throws Exception {
        RegisterLine plan = new RegisterLine(ref(1, Direction.OUT, DocumentType.KE_HOACH, "42/KH-UBND", new PartialDate(5, 5, 2026),
                "Ủy ban nhân dân xã Định Tân", "Tuyên truyền cải cách hành chính năm 2026"), null, null, null, LocalDate.of(2026, 5, 6),
                "Thiều Sỹ Hưng", List.of("UBND huyện (b/c)", "Các thôn"), "VT, VHXH", 12, null, null);
        RegisterLine draft = new RegisterLine(ref(2, Direction.OUT, DocumentType.CONG_VAN, "/UBND-VHXH", new PartialDate(null, 5, 2026),
                "Ủy ban nhân dân xã Định Tân", "đẩy mạnh tuyên truyền"), null, null, null, null, null, List.of(), null, null, null, null);
        DateRange may = new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
        Path file = dir.resolve("so-di.xlsx");
        RegisterWorkbook.write(new DocumentRegister(Direction.OUT, ShellTestSupport.DINH_TAN, may, false, List.of(plan, draft)), file);

        try (XSSFWorkbook book = Sheets.read(file)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI").contains("Từ ngày 01/05/2026 đến ngày 31/05/2026")
                    .contains("Từ số 42 đến số 42");
            XSSFSheet register = book.getSheetAt(1);
            assertThat(register.getSheetName()).isEqualTo("Sổ đi 2026");
            assertThat(Sheets.allText(register)).contains("Từ ngày 01/05/2026 đến ngày 31/05/2026");
            Row header = Sheets.rowWith(register, 0, "Số, ký hiệu văn bản");
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung", "Người ký",
                    "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ngày chuyển", "Ký nhận", "Ghi chú");
            Row first = register.getRow(header.getRowNum() + 2);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("42/KH-UBND");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Kế hoạch tuyên truyền cải cách hành chính năm 2026");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Thiều Sỹ Hưng");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("UBND huyện (b/c)\nCác thôn");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("VT, VHXH");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(12);
            assertThat(Sheets.shown(first.getCell(7))).isEqualTo("06/05/2026");
            Row second = register.getRow(header.getRowNum() + 3);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("/UBND-VHXH");
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("../05/2026");
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("Công văn V/v đẩy mạnh tuyên truyền");
            assertThat(second.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
        }

        Path empty = dir.resolve("trong.xlsx");
        RegisterWorkbook.write(new DocumentRegister(Direction.OUT, ShellTestSupport.DINH_TAN, may, false, List.of()), empty);
        try (XSSFWorkbook book = Sheets.read(empty)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("Chưa có văn bản mang số").contains("Gồm 0 văn bản");
            assertThat(Sheets.allText(book.getSheetAt(1))).contains("Không có văn bản nào trong thời gian này.");
        }
    }

    @Test
    void theColumnsGiveAPrinterTheirTexts() {
        RegisterLine line = incoming(1).lines().get(0);
        List<RegisterColumns.Column> columns = RegisterColumns.of(Direction.IN);
        assertThat(columns).hasSize(10);
        assertThat(columns.stream().map(c -> c.text(line)).toList()).containsExactly("02/03/2026", "1", "Sở Nội vụ",
                "1001/SNV-CCHC&VTTLT", "02/03/2026", "Công văn V/v đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính",
                "Phòng Văn hóa - Xã hội", "03/03/2026", "", "Bản chính\nĐã trả lời bằng Công văn 20/UBND-VHXH");
        assertThat(RegisterColumns.of(Direction.OUT)).extracting(RegisterColumns.Column::kind).contains(RegisterColumns.Kind.INTEGER);
    }
}
