package vn.cchcdesk.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.report.Sheets;

/** Sheets to fill in: unlocked cells in a protected sheet, drop-downs, dates and counts checked, hidden lists. */
class XlsxFormInputTest {

    @TempDir
    Path dir;

    private static final InputHint HINT = new InputHint("Ngày", "Ghi ngày/tháng/năm", "Không hợp lệ", "Ghi lại ngày");

    @Test
    void aProtectedSheetTakesInputOnlyWhereItIsUnlockedAndChecksIt() throws IOException {
        Path file = dir.resolve("form.xlsx");
        try (XlsxBook book = XlsxBook.create()) {
            XlsxStyles s = book.styles();
            XlsxSheet sheet = book.sheet("Số liệu", Page.LANDSCAPE).columns(6, 14, 30, 10);
            XlsxSheet lists = book.sheet("DanhMuc", Page.PORTRAIT).columns(30);
            lists.row().text("Hội nghị", s.plain());
            lists.row().text("Phát thanh", s.plain());
            book.hide(lists, false);
            XlsxSheet secret = book.sheet("ThongTin", Page.PORTRAIT).columns(10);
            secret.row().text("x", s.plain());
            book.hide(secret, true);
            int first = sheet.tableHeader(new String[] {"STT", "Ngày", "Hình thức", "Số lượng"});
            for (int i = 0; i < 3; i++) {
                sheet.row().integer(i + 1, s.centre()).date(null, s.unlocked(s.date())).text("", s.unlocked(s.text()))
                        .integer((Long) null, s.unlocked(s.integer()));
            }
            sheet.allowDates(first, first + 2, 1, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), HINT)
                    .allowList(first, first + 2, 2, "'DanhMuc'!$A$1:$A$2", HINT)
                    .allowIntegers(first, first + 2, 3, 0, 1000, HINT)
                    .protect();
            assertThat(s.unlocked(s.text())).isSameAs(s.unlocked(s.text()));
            book.save(file);
        }
        try (XSSFWorkbook read = Sheets.read(file)) {
            XSSFSheet sheet = read.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.isSheetLocked()).isTrue();
            assertThat(sheet.isFormatColumnsLocked()).isFalse();
            assertThat(sheet.getRow(0).getCell(1).getCellStyle().getLocked()).isTrue();   // header
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getLocked()).isTrue();   // STT
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo(XlsxFormats.DATE);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
            assertThat(sheet.getRow(3).getCell(3).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getDataValidations()).extracting(v -> v.getValidationConstraint().getValidationType())
                    .containsExactlyInAnyOrder(ValidationType.DATE, ValidationType.LIST, ValidationType.INTEGER);
            DataValidation list = sheet.getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getValidationType() == ValidationType.LIST).findFirst().orElseThrow();
            assertThat(list.getValidationConstraint().getFormula1()).isEqualTo("'DanhMuc'!$A$1:$A$2");
            assertThat(list.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("C2:C4");
            assertThat(list.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(list.getEmptyCellAllowed()).isTrue();
            assertThat(list.getErrorBoxText()).isEqualTo("Ghi lại ngày");
            assertThat(read.getSheetVisibility(1)).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(read.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
        }
    }

    @Test
    void aStreamingSheetCanBeProtectedToo() throws IOException {
        Path file = dir.resolve("big.xlsx");
        try (XlsxBook book = XlsxBook.create()) {
            XlsxSheet sheet = book.streamingSheet("Lớn", Page.PORTRAIT).columns(10);
            sheet.row().text("", book.styles().unlocked(book.styles().text()));
            sheet.protect();
            book.save(file);
        }
        try (XSSFWorkbook read = Sheets.read(file)) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getLocked()).isFalse();
        }
    }
}
