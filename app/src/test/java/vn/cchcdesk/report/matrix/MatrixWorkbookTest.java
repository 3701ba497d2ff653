package vn.cchcdesk.report.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.task.TaskMatrix;
import vn.cchcdesk.domain.task.UnitDutyList;
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.store.TaskFixtures;
import vn.cchcdesk.store.task.TaskMatrices;
import vn.cchcdesk.store.task.TaskMatrices.Scope;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.tasks.TaskDemoData;

/**
 * The matrix and a unit's list written from a commune's tasks (as of 20/05/2026) and read back
 * with POI: headers, groups, letters, fills, legend, signatures and how the sheet prints.
 */
class MatrixWorkbookTest {

    @TempDir
    static Path dir;
    private static App app;
    private static TaskMatrices matrices;

    @BeforeAll
    static void open() {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        app = App.open(data, ShellTestSupport.CLOCK);
        TaskDemoData.fill(app);
        matrices = app.matrices();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static int column(Row header, String text) {
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + text);
    }

    private static String fill(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        XSSFColor colour = style.getFillForegroundXSSFColor();
        return colour == null ? null : colour.getARGBHex().substring(2);
    }

    private static Row taskRow(XSSFSheet sheet, String start) {
        return taskRow(sheet, 1, start);
    }

    private static Row taskRow(XSSFSheet sheet, int column, String start) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(start)) {
                return row;
            }
        }
        throw new AssertionError("no task " + start);
    }

    @Test
    void theYearsMatrixHasItsGroupsLettersColoursAndPrintsOnOneLandscapePageWide() throws Exception {
        TaskMatrix matrix = matrices.matrix(Scope.year(2026));
        assertThat(matrix.taskCount()).isEqualTo(14);
        Path file = dir.resolve("Ma trận 2026.xlsx");
        MatrixWorkbook.write(matrix, file);

        try (XSSFWorkbook book = Sheets.read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Ma trận phân công");
            String all = Sheets.allText(sheet);
            assertThat(all).contains("ỦY BAN NHÂN DÂN", "XÃ ĐỊNH TÂN", "Độc lập - Tự do - Hạnh phúc",
                    "MA TRẬN PHÂN CÔNG NHIỆM VỤ CHỦ TRÌ, PHỐI HỢP", "Năm 2026", "(Tình hình thực hiện đến ngày 20/05/2026)",
                    "Định Tân, ngày 20 tháng 5 năm 2026", "NGƯỜI LẬP BIỂU");

            Row header = Sheets.rowWith(sheet, 0, "STT");
            assertThat(List.of(Sheets.text(sheet, header.getRowNum(), 1), Sheets.text(sheet, header.getRowNum(), 2),
                    Sheets.text(sheet, header.getRowNum(), 3))).containsExactly("Nhiệm vụ", "Thời hạn", "Trạng thái");
            assertThat(header.getLastCellNum()).as("four columns, then one per unit").isEqualTo((short) (4 + matrix.units().size()));
            int vp = column(header, "Văn phòng HĐND và UBND");
            int vhxh = column(header, "Phòng Văn hóa - Xã hội");
            int centre = column(header, "Trung tâm Phục vụ hành chính công");
            assertThat(header.getCell(vp).getCellStyle().getRotation()).as("unit names upright").isEqualTo((short) 90);
            assertThat(header.getHeightInPoints()).isGreaterThan(60f);

            // a directive's row over its tasks, merged across the table, bold on grey
            Row group = Sheets.rowWith(sheet, 0, "Công văn số 210/UBND-VHXH ngày 02/05/2026 — treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(group.getRowNum(), group.getRowNum(), 0, header.getLastCellNum() - 1));
            assertThat(fill(group.getCell(0))).isEqualTo("F2F2F2");
            assertThat(book.getFontAt(group.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();

            // done: green; the lead C bold, the supporting unit P
            Row done = taskRow(sheet, "Treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính tại trụ sở");
            assertThat(done.getCell(3).getStringCellValue()).isEqualTo("Hoàn thành");
            assertThat(fill(done.getCell(3))).isEqualTo("DAFBE1");
            assertThat(done.getCell(vp).getStringCellValue()).isEqualTo("C");
            assertThat(fill(done.getCell(vp))).isEqualTo("DAFBE1");
            assertThat(book.getFontAt(done.getCell(vp).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(done.getCell(centre).getStringCellValue()).isEqualTo("P");
            assertThat(book.getFontAt(done.getCell(centre).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(done.getCell(vhxh).getStringCellValue()).as("a unit without a role: an empty bordered cell").isEmpty();
            assertThat(fill(done.getCell(vhxh))).isNull();
            assertThat(Sheets.shown(done.getCell(2))).isEqualTo("15/05/2026");

            // overdue on 20/05/2026: red, the due date as a date cell
            Row late = taskRow(sheet, "Khai thác, sử dụng hiệu quả thông tin");
            assertThat(late.getCell(3).getStringCellValue()).isEqualTo("Quá hạn");
            assertThat(fill(late.getCell(vhxh))).isEqualTo("FFEBE9");
            assertThat(late.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(Sheets.shown(late.getCell(2))).isEqualTo("30/04/2026");
            // requested (Đ), italic, blue while in progress
            Row villages = taskRow(sheet, "Các thôn bố trí thời lượng phát thanh");
            int village = column(header, "Thôn 3");
            assertThat(villages.getCell(village).getStringCellValue()).isEqualTo("Đ");
            assertThat(fill(villages.getCell(village))).isEqualTo("DDF4FF");
            assertThat(book.getFontAt(villages.getCell(village).getCellStyle().getFontIndex()).getItalic()).isTrue();

            // numbered through the groups
            List<String> numbers = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > header.getRowNum() && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().matches("\\d+")) {
                    numbers.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(numbers).hasSize(14).startsWith("1", "2").endsWith("14");

            // the legend, each state on its colour
            assertThat(all).contains("C — đơn vị chủ trì; P — đơn vị phối hợp; Đ — cơ quan, tổ chức được đề nghị thực hiện");
            Row legend = Sheets.rowWith(sheet, 1, "Màu ô theo trạng thái:");
            assertThat(legend.getCell(2).getStringCellValue()).isEqualTo("Chưa thực hiện");
            assertThat(fill(legend.getCell(2))).isEqualTo("EAEEF2");
            assertThat(fill(sheet.getRow(legend.getRowNum() + 3).getCell(2))).isEqualTo("FFEBE9");

            // print: A4 landscape, one page wide, the header row repeated, page numbers in the footer
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header.getRowNum(), header.getRowNum(), -1, -1));
            assertThat(sheet.getFooter().getCenter()).contains("Trang &P/&N");
            assertThat(book.getFontAt(done.getCell(1).getCellStyle().getFontIndex()).getFontName()).isEqualTo("Times New Roman");
        }
    }

    @Test
    void oneDirectivesMatrixNamesItUnderTheTitle() throws Exception {
        long letter = matrices.directive("1069/UBND-VHXH").orElseThrow().id();
        assertThat(matrices.directive(String.valueOf(letter))).isPresent();
        TaskMatrix matrix = matrices.matrix(Scope.directive(letter));
        assertThat(matrix.groups()).hasSize(1);
        assertThat(matrix.taskCount()).isEqualTo(4);
        Path file = dir.resolve("cv1069.xlsx");
        MatrixWorkbook.write(matrix, file);
        try (XSSFWorkbook book = Sheets.read(file)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("Thực hiện Công văn số 1069/UBND-VHXH ngày 26/03/2026");
        }
    }

    @Test
    void aUnitsListHasItsTasksOpenFirstWithRolesDueDatesAndDirectives() throws Exception {
        var unit = TaskFixtures.unit(app, "TTPVHCC");
        UnitDutyList list = matrices.duties(Scope.year(2026), unit);
        assertThat(list.lines()).hasSize(4);
        Path file = dir.resolve("ttpvhcc.xlsx");
        UnitDutiesWorkbook.write(list, file);
        try (XSSFWorkbook book = Sheets.read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            String all = Sheets.allText(sheet);
            assertThat(all).contains("DANH SÁCH NHIỆM VỤ CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Năm 2026");
            Row header = Sheets.rowWith(sheet, 0, "STT");
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("STT", "Văn bản giao", "Nhiệm vụ", "Vai trò", "Thời hạn", "Trạng thái", "Ngày hoàn thành");
            List<String> states = new ArrayList<>();
            List<String> roles = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= header.getRowNum() + 4; r++) {
                states.add(Sheets.text(sheet, r, 5));
                roles.add(Sheets.text(sheet, r, 3));
            }
            assertThat(states).as("open first, overdue (soonest due) first; done last")
                    .containsExactly("Quá hạn", "Đang thực hiện", "Đang thực hiện", "Hoàn thành");
            assertThat(roles).containsExactly("Chủ trì", "Phối hợp", "Chủ trì", "Phối hợp");
            Row quarterly = taskRow(sheet, 2, "Thường xuyên viết tin, bài");
            assertThat(quarterly.getCell(1).getStringCellValue()).isEqualTo("Công văn số 1069/UBND-VHXH ngày 26/03/2026");
            assertThat(quarterly.getCell(4).getStringCellValue()).isEqualTo("05/03/2026, 05/06/2026, 05/09/2026, 05/12/2026");
            Row done = taskRow(sheet, 2, "Treo băng rôn, khẩu hiệu tuyên truyền");
            assertThat(Sheets.shown(done.getCell(6))).isEqualTo("14/05/2026");
            assertThat(fill(done.getCell(5))).isEqualTo("DAFBE1");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header.getRowNum(), header.getRowNum(), -1, -1));
            assertThat(sheet.getFooter().getCenter()).contains("Trang &P/&N");
        }
    }
}
