package vn.cchcdesk.intake.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.domain.collect.ImportContext;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;

/** Real spreadsheets written for the tests, and a catalogue like the one the app ships. */
public final class Sheets {

    public static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    public static final ReportingPeriod Q2 = ReportingPeriod.quarter(2026, 2);

    public static final List<Unit> UNITS = List.of(
            new Unit(1L, "Văn phòng HĐND và UBND", "VP", UnitKind.OFFICE, List.of("Văn phòng UBND xã"), 10, true),
            new Unit(3L, "Phòng Văn hóa - Xã hội", "VHXH", UnitKind.OFFICE, List.of("Phòng VH-XH", "Phòng VHXH"), 30, true),
            new Unit(5L, "Trung tâm Dịch vụ sự nghiệp công", "TTDVSNC", UnitKind.CENTRE, List.of(), 50, true),
            new Unit(10L, "Hội Nông dân xã", "HND", UnitKind.MASS_ORG, List.of(), 100, true),
            new Unit(12L, "Đoàn Thanh niên xã", "ĐTN", UnitKind.MASS_ORG, List.of("Đoàn TNCS Hồ Chí Minh"), 120, true));

    public static final List<PublicityForm> FORMS = List.of(
            new PublicityForm(1L, "RADIO", "Chương trình phát thanh (đài truyền thanh cơ sở)", ParChannel.TRADITIONAL, "chương trình", 10, true),
            new PublicityForm(2L, "WEBSITE", "Tin, bài trên Trang thông tin điện tử", ParChannel.WEB_SOCIAL, "tin, bài", 20, true),
            new PublicityForm(3L, "SOCIAL", "Bài đăng mạng xã hội (Zalo OA, Facebook)", ParChannel.WEB_SOCIAL, "bài đăng", 30, true),
            new PublicityForm(7L, "BANNER", "Pano, áp phích, băng rôn, khẩu hiệu", ParChannel.TRADITIONAL, "cái", 70, true),
            new PublicityForm(8L, "CONFERENCE", "Hội nghị, hội thảo, tập huấn", ParChannel.TRADITIONAL, "hội nghị", 80, true),
            new PublicityForm(9L, "MEETING", "Sinh hoạt chuyên đề, giao ban, họp thôn", ParChannel.TRADITIONAL, "buổi", 90, true));

    public static final List<String> HEADER = List.of("STT", "Ngày thực hiện", "Đơn vị", "Hình thức", "Nội dung/Tiêu đề",
            "Số lượng", "Đơn vị tính", "Thời lượng (phút)", "Số người tham dự", "Đường link", "Ghi chú");

    private Sheets() {
    }

    public static ImportContext context() {
        return new ImportContext(UNITS, FORMS, null, Q2, CutoffRule.DECREE_09, TODAY, null);
    }

    /** A workbook of one sheet: each row a list of values (String, Number, LocalDate, Formula, null). */
    public static Path xlsx(Path file, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, workbook.createSheet("Số liệu"), rows);
            write(workbook, file);
        }
        return file;
    }

    public static void fill(Workbook workbook, Sheet sheet, List<List<Object>> rows) {
        CreationHelper helper = workbook.getCreationHelper();
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof Formula formula) {
                    cell.setCellFormula(formula.text());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    public static void write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** A formula cell (written without a cached value unless the workbook is evaluated). */
    public record Formula(String text) {
    }

    /** The header and data rows: STT first, then the fields in HEADER's order. */
    public static List<List<Object>> table(List<List<Object>> data) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADER));
        int n = 1;
        for (List<Object> row : data) {
            List<Object> full = new ArrayList<>();
            full.add(n++);
            full.addAll(row);
            rows.add(full);
        }
        return rows;
    }

    public static List<Object> row(Object... values) {
        return new ArrayList<>(java.util.Arrays.asList(values));
    }
}
