package vn.cchcdesk.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.report.xlsx.XlsxSheet.LEFT;
import static vn.cchcdesk.report.xlsx.XlsxSheet.UP;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.report.Sheets;

/** The shared toolkit on its own: what any new sheet gets from a few lines. */
class XlsxToolkitTest {

    @TempDir
    Path dir;

    private XSSFWorkbook writeAndRead(java.util.function.Consumer<XlsxBook> content) throws IOException {
        Path file = dir.resolve("t.xlsx");
        try (XlsxBook book = XlsxBook.create()) {
            content.accept(book);
            book.save(file);
        }
        return Sheets.read(file);
    }

    @Test
    void aNewSheetInAFewLines() throws IOException {
        try (XSSFWorkbook read = writeAndRead(book -> {
            XlsxSheet sheet = book.sheet("Sổ văn bản đến: 2026/Q2", Page.PORTRAIT).columns(6, 30, 12);
            sheet.title("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN");
            int first = sheet.tableHeader(new String[] {"STT", "Tên", "Ngày"});
            sheet.row().text("1", book.styles().centre()).text("Công văn").date(LocalDate.of(2026, 3, 5));
            sheet.row().text("2", book.styles().centre()).text("Kế hoạch").date(LocalDate.of(2026, 12, 31));
            sheet.row().text("").text("Tổng").formula("COUNT(" + XlsxSheet.range(first, first + 1, 2) + ")", book.styles().integer());
        })) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Sổ văn bản đến- 2026-Q2");
            assertThat(read.getFontAt(0).getFontName()).isEqualTo("Times New Roman");
            assertThat(read.getFontAt(0).getFontHeightInPoints()).isEqualTo((short) 12);
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:C1"));
            assertThat(Sheets.shown(sheet.getRow(2).getCell(2))).isEqualTo("05/03/2026");
            Cell count = sheet.getRow(4).getCell(2);
            assertThat(count.getCellFormula()).isEqualTo("COUNT(C3:C4)");
            assertThat(count.getNumericCellValue()).isEqualTo(2); // stored on save
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getBorderLeft()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        }
    }

    @Test
    void headerGridsMergeLeftAndUp() throws IOException {
        try (XSSFWorkbook read = writeAndRead(book -> {
            XlsxSheet sheet = book.sheet("H", Page.LANDSCAPE).columns(5, 20, 10, 10, 10);
            sheet.tableHeader(new String[] {"STT", "Đơn vị", "Trực tuyến", LEFT, "Truyền thống"},
                    new String[] {UP, UP, "Website", "Mạng xã hội", UP});
            sheet.columnNumbers("A", "B", "(1)", "(2)", "(3)");
        })) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getMergedRegions()).containsExactlyInAnyOrder(CellRangeAddress.valueOf("A1:A2"),
                    CellRangeAddress.valueOf("B1:B2"), CellRangeAddress.valueOf("C1:D1"), CellRangeAddress.valueOf("E1:E2"));
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));
            // every cell of a merged header carries the border, or the printed box has gaps
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getBorderBottom()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            assertThat(sheet.getRow(1).getCell(0).toString()).isEmpty();
        }
    }

    @Test
    void integersReadTheVietnameseWayWhateverTheLocale() throws IOException {
        try (XSSFWorkbook read = writeAndRead(book -> {
            XlsxSheet sheet = book.sheet("N", Page.PORTRAIT).columns(12);
            for (long n : new long[] {0, 7, 999, 1000, 1234, 99999, 1234567, 12345678}) {
                sheet.row().integer(n);
            }
        })) {
            Sheet sheet = read.getSheetAt(0);
            List<String> shown = Stream.iterate(0, i -> i + 1).limit(8).map(i -> Sheets.shown(sheet.getRow(i).getCell(0))).toList();
            assertThat(shown).containsExactly("0", "7", "999", "1.000", "1.234", "99.999", "1.234.567", "12.345.678");
            assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(1234);
        }
    }

    @Test
    void percentagesAreWholeAndGrouped() throws IOException {
        try (XSSFWorkbook read = writeAndRead(book -> {
            XlsxSheet sheet = book.sheet("P", Page.PORTRAIT).columns(12);
            for (double share : new double[] {0, 0.333, 0.855, 1, 9.99, 12.5}) {
                sheet.row().formula(share + "*1", book.styles().percent());
            }
        })) {
            Sheet sheet = read.getSheetAt(0);
            List<String> shown = Stream.iterate(0, i -> i + 1).limit(6).map(i -> Sheets.shown(sheet.getRow(i).getCell(0))).toList();
            assertThat(shown).containsExactly("0%", "33%", "86%", "100%", "999%", "1.250%");
        }
    }

    @Test
    void streamingSheetsComeAfterTheInMemoryOnes() throws IOException {
        try (XSSFWorkbook read = writeAndRead(book -> {
            XlsxSheet small = book.sheet("Nhỏ", Page.PORTRAIT).columns(10);
            small.row().integer(2);
            small.row().formula("A1*2", book.styles().integer());
            XlsxSheet big = book.streamingSheet("Lớn", Page.LANDSCAPE).columns(8, 30);
            big.tableHeader(new String[] {"STT", "Nội dung"});
            for (int i = 1; i <= 5000; i++) {
                big.row().integer(i, book.styles().centre()).text("Hoạt động số " + i);
            }
            big.row().formula("SUM(A2:A5001)", 5000 * 5001 / 2.0, book.styles().integerBold());
            assertThatThrownBy(() -> book.sheet("Muộn", Page.PORTRAIT)).isInstanceOf(IllegalStateException.class);
        })) {
            assertThat(read.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
            Sheet big = read.getSheetAt(1);
            assertThat(big.getLastRowNum()).isEqualTo(5001);
            assertThat(big.getRow(5000).getCell(1).getStringCellValue()).isEqualTo("Hoạt động số 5000");
            assertThat(big.getRow(5001).getCell(0).getNumericCellValue()).isEqualTo(12_502_500);
            assertThat(big.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(read.getFontAt(big.getRow(5000).getCell(1).getCellStyle().getFontIndex()).getFontName()).isEqualTo("Times New Roman");
        }
    }

    @Test
    void savingReplacesTheFileAndLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("bao-cao.xlsx");
        Files.writeString(file, "old");
        try (XlsxBook book = XlsxBook.create()) {
            book.sheet("A", Page.PORTRAIT).columns(10).row().text("mới");
            book.save(file);
        }
        try (XSSFWorkbook read = Sheets.read(file)) {
            assertThat(read.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("mới");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bao-cao.xlsx");
        }
    }

    @Test
    void aMissingFolderIsNamed() {
        try (XlsxBook book = XlsxBook.create()) {
            book.sheet("A", Page.PORTRAIT).columns(10);
            assertThatThrownBy(() -> book.save(dir.resolve("không có/bao-cao.xlsx")))
                    .isInstanceOfSatisfying(AppException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("reports.file.noFolder");
                        assertThat(e.args()[0].toString()).endsWith("không có");
                    });
        }
    }

    @Test
    void linesOfWrappedText() {
        assertThat(TextHeights.lines("Tin, bài", 20, 12, false)).isEqualTo(1);
        // 33 characters fill a 32-character column's line; 60 take two
        assertThat(TextHeights.lines("Trung tâm Phục vụ hành chính công", 32, 12, false)).isEqualTo(1);
        assertThat(TextHeights.lines("Văn bản chỉ đạo, đôn đốc khác đã ban hành (quyết định, công văn)", 32, 12, false)).isEqualTo(2);
        assertThat(TextHeights.lines("một\nhai\nba", 40, 12, false)).isEqualTo(3);
        assertThat(TextHeights.lines("Đ".repeat(100), 10, 12, true)).isGreaterThan(10);
        assertThat(TextHeights.width("đ")).isEqualTo(TextHeights.width("d"));
        assertThat(TextHeights.width("ữ")).isGreaterThan(TextHeights.width("u"));
        assertThat(TextHeights.height(2, 12)).isGreaterThan(2 * 12);
    }
}
