package vn.cchcdesk.intake.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.intake.sheet.Sheets.row;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.ParsedSheet;
import vn.cchcdesk.i18n.Messages;

/** Every broken input ends in a clear message naming the file, never in a library's exception. */
class BrokenSheetsTest {

    @TempDir
    Path dir;

    private final SpreadsheetReader reader = new SpreadsheetReader();

    private ParsedSheet read(Path file) {
        return reader.read(file, Sheets.context(), ImportProgress.none());
    }

    private void refused(Path file, String key) {
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(Messages.get(e.messageKey(), e.args())).contains(file.getFileName().toString()).doesNotContain("!");
        });
    }

    private static List<List<Object>> oneGoodRow() {
        return Sheets.table(List.of(row("10/04/2026", "VHXH", "Phát thanh", "Phát thanh về CCHC", 1, null, null, null, null, null)));
    }

    @Test
    void filesThatAreNoSpreadsheetAreRefusedByWhatTheyAre() throws Exception {
        Path picture = Files.write(dir.resolve("anh.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        refused(picture, "collect.file.notExcel");

        Path text = Files.writeString(dir.resolve("bang.xlsx"), "Ngày;Đơn vị;Hình thức\n10/04/2026;VHXH;Phát thanh\n");
        refused(text, "collect.file.textNamedExcel");

        Path word = dir.resolve("van-ban.xlsx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(word)) {
            document.createParagraph().createRun().setText("Kế hoạch tuyên truyền");
            document.write(out);
        }
        refused(word, "collect.file.notExcel");

        Path zip = dir.resolve("nen.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        refused(zip, "collect.file.notExcel");

        Path pdf = Files.writeString(dir.resolve("scan.csv"), "%PDF-1.4\n\u0000\u0001binary");
        refused(pdf, "collect.file.notText");

        refused(dir.resolve("khong-co.xlsx"), "collect.file.notFound");
        refused(Files.write(dir.resolve("rong.xlsx"), new byte[0]), "collect.file.empty");
        refused(Files.writeString(dir.resolve("ghi-chu.docx"), "x"), "collect.file.unsupported");
    }

    @Test
    void aTruncatedWorkbookIsCorrupt() throws Exception {
        Path good = Sheets.xlsx(dir.resolve("tot.xlsx"), oneGoodRow());
        byte[] bytes = Files.readAllBytes(good);
        Path half = Files.write(dir.resolve("mat-nua.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> read(half)).isInstanceOfSatisfying(AppException.class,
                e -> assertThat(e.messageKey()).isIn("collect.file.corrupt", "collect.file.notExcel"));
    }

    @Test
    void emptySheetsAndAHeaderWithoutRowsSayThereIsNothingToImport() throws Exception {
        Path empty = dir.resolve("trong.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1");
            workbook.createSheet("Sheet2").createRow(3).createCell(2).setCellValue("   ");
            Sheets.write(workbook, empty);
        }
        refused(empty, "collect.file.emptySheet");
        refused(Sheets.xlsx(dir.resolve("chi-tieu-de.xlsx"), Sheets.table(List.of())), "collect.file.noRows");
        refused(Files.writeString(dir.resolve("trong.csv"), "\r\n\r\n;;\r\n"), "collect.file.emptySheet");
    }

    @Test
    void aSizeLimitIsCheckedBeforeReading() throws Exception {
        Path file = Sheets.xlsx(dir.resolve("lon.xlsx"), oneGoodRow());
        SpreadsheetReader small = new SpreadsheetReader(1000);
        assertThatThrownBy(() -> small.read(file, Sheets.context(), ImportProgress.none()))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("collect.file.tooLarge"));
    }

    @Test
    void mergedCellsReadAsTheClerkSeesThem() throws Exception {
        Path file = dir.resolve("gop-o.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Số liệu");
            List<List<Object>> rows = new ArrayList<>(Sheets.table(List.of()));
            rows.add(row(null, "I. Đoàn Thanh niên"));
            rows.add(row(1, LocalDate.of(2026, 4, 10), "ĐTN", "Facebook", "Bài một", 1));
            rows.add(row(2, null, null, "Facebook", "Bài hai", 2));
            rows.add(row(3, null, null, "Tin, bài trên Trang thông tin điện tử", "Tin ba", 1));
            Sheets.fill(workbook, sheet, rows);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 10));   // the heading across the table
            sheet.addMergedRegion(new CellRangeAddress(2, 4, 1, 1));    // one date for three rows
            sheet.addMergedRegion(new CellRangeAddress(2, 4, 2, 2));    // one unit for three rows
            Sheets.write(workbook, file);
        }
        ParsedSheet parsed = read(file);
        assertThat(parsed.rows()).extracting(ImportRow::rowNumber).containsExactly(3, 4, 5);
        assertThat(parsed.rows()).allSatisfy(r -> {
            assertThat(r.isValid()).as("row %s: %s", r.rowNumber(), r.problems()).isTrue();
            assertThat(r.activity().date()).isEqualTo(LocalDate.of(2026, 4, 10));
            assertThat(r.activity().unitId()).isEqualTo(12L);
        });
    }

    @Test
    void formulasGiveTheValueExcelCalculated() throws Exception {
        Path file = dir.resolve("cong-thuc.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Số liệu");
            Sheets.fill(workbook, sheet, Sheets.table(List.of(
                    row(new Sheets.Formula("DATE(2026,4,10)"), "VHXH", "Phát thanh",
                            new Sheets.Formula("\"Phát thanh \"&\"số \"&2"), new Sheets.Formula("1+2")),
                    row("11/04/2026", "VHXH", "Phát thanh", "Chưa tính", new Sheets.Formula("F2*2")))));
            sheet.getRow(1).getCell(1).setCellStyle(workbook.createCellStyle());
            sheet.getRow(1).getCell(1).getCellStyle().setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            sheet.getRow(2).removeCell(sheet.getRow(2).getCell(5));
            sheet.getRow(2).createCell(5).setCellFormula("F2*2");  // written after evaluation: no cached value
            Sheets.write(workbook, file);
        }
        ParsedSheet parsed = read(file);
        ImportRow calculated = parsed.rows().get(0);
        assertThat(calculated.isValid()).as("%s", calculated.problems()).isTrue();
        assertThat(calculated.activity().date()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(calculated.activity().title()).isEqualTo("Phát thanh số 2");
        assertThat(calculated.activity().quantity()).isEqualTo(3);
        assertThat(SpreadsheetReaderTest.errors(parsed)).containsExactly("3 F Số lượng collect.value.uncalculated [=F2*2]");
    }

    @Test
    void hiddenSheetsAreSkipped() throws Exception {
        Path file = dir.resolve("an.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheets.fill(workbook, workbook.createSheet("Nháp"), Sheets.table(List.of(
                    row("01/04/2026", "VHXH", "Phát thanh", "Dòng nháp ẩn", 1))));
            Sheets.fill(workbook, workbook.createSheet("Gửi"), oneGoodRow());
            workbook.setSheetHidden(0, true);
            workbook.setActiveSheet(1);
            Sheets.write(workbook, file);
        }
        ParsedSheet parsed = read(file);
        assertThat(parsed.sheetName()).isEqualTo("Gửi");
        assertThat(parsed.rows()).singleElement().satisfies(r -> assertThat(r.activity().title()).isEqualTo("Phát thanh về CCHC"));
        assertThat(parsed.notices()).extracting(n -> n.messageKey() + n.args()).containsExactly("collect.notice.hiddenSheets[Nháp]");
    }

    @Test
    void xmlWithExternalEntitiesIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MAT-KHAU-BI-MAT");
        Path good = Sheets.xlsx(dir.resolve("goc.xlsx"), oneGoodRow());
        Path evil = dir.resolve("xxe.xlsx");
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                            .replace("Phát thanh về CCHC", "&xxe;");
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> read(evil)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.messageKey()).isIn("collect.file.unsafeXml", "collect.file.corrupt");
            assertThat(Messages.get(e.messageKey(), e.args())).doesNotContain("MAT-KHAU");
        });
    }

    @Test
    void aPasswordProtectedWorkbookSaysSo() throws Exception {
        Path plain = Sheets.xlsx(dir.resolve("goc.xlsx"), oneGoodRow());
        Path locked = dir.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("123456");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream file = Files.newOutputStream(locked)) {
                fs.writeFilesystem(file);
            }
        }
        refused(locked, "collect.file.passwordProtected");
    }

    @Test
    void anOldExcelFileIsReadLikeANewOne() throws Exception {
        Path file = dir.resolve("cu.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            Sheets.fill(workbook, workbook.createSheet("Số liệu"), Sheets.table(List.of(
                    row(LocalDate.of(2026, 4, 12), "Hội Nông dân xã", "Hội nghị", "Hội nghị nông dân", 1, null, 90, 60))));
            Sheets.write(workbook, file);
        }
        ImportRow row = read(file).rows().get(0);
        assertThat(row.isValid()).as("%s", row.problems()).isTrue();
        assertThat(row.activity().date()).isEqualTo(LocalDate.of(2026, 4, 12));
        assertThat(row.activity().participants()).isEqualTo(60);
        // an .xls saved under .xlsx is still read
        Path renamed = Files.copy(file, dir.resolve("cu-doi-ten.xlsx"));
        assertThat(read(renamed).rows()).singleElement().satisfies(r -> assertThat(r.isValid()).isTrue());
    }

    @Test
    void csvInEveryCharsetAndSeparator() throws Exception {
        String header = "Ngày;Đơn vị;Hình thức;Nội dung;Số lượng\r\n";
        String body = "10/04/2026;Phòng Văn hóa - Xã hội;Hội nghị;\"Hội nghị; tập huấn \"\"một cửa\"\"\nbuổi sáng\";1\r\n";
        String text = header + body;

        Path bom = dir.resolve("bom.csv");
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(text.getBytes(StandardCharsets.UTF_8));
        Files.write(bom, withBom.toByteArray());
        Path plain = Files.writeString(dir.resolve("utf8.csv"), text.replace(';', ','), StandardCharsets.UTF_8);
        Path windows1258 = Files.write(dir.resolve("cp1258.csv"), Cp1258.encode(text));

        for (Path file : List.of(bom, plain, windows1258)) {
            ParsedSheet parsed = read(file);
            assertThat(parsed.rows()).as(file.getFileName().toString()).singleElement().satisfies(r -> {
                assertThat(r.isValid()).as("%s", r.problems()).isTrue();
                assertThat(r.activity().unitId()).isEqualTo(3L);
                assertThat(r.activity().title()).isEqualTo(plain.equals(file)
                        ? "Hội nghị, tập huấn \"một cửa\" buổi sáng" : "Hội nghị; tập huấn \"một cửa\" buổi sáng");
            });
        }
        assertThat(read(windows1258).notices()).extracting(n -> n.messageKey() + n.args())
                .containsExactly("collect.notice.charset[windows-1258]");
    }

    @Test
    void textThatWentThroughWindows1252IsRepaired() throws Exception {
        String utf8 = "Ngày,Đơn vị,Hình thức,Nội dung\n10/04/2026,Phòng Văn hóa - Xã hội,Hội nghị,Hội nghị tập huấn\n";
        // as a Windows program shows UTF-8 bytes: 1252 where it defines the byte, the byte itself where not (Đ is C4 90)
        StringBuilder mojibake = new StringBuilder();
        for (byte b : utf8.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, java.nio.charset.Charset.forName("windows-1252"));
            mojibake.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        assertThat(mojibake.toString()).contains("PhÃ²ng", "VÄƒn");
        Path file = Files.writeString(dir.resolve("loi-font.csv"), mojibake, StandardCharsets.UTF_8);
        ParsedSheet parsed = read(file);
        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.isValid()).as("%s", r.problems()).isTrue();
            assertThat(r.activity().title()).isEqualTo("Hội nghị tập huấn");
            assertThat(r.activity().unitId()).isEqualTo(3L);
        });
    }

    /** Windows-1258 writes tone marks as combining characters after the letter (ộ = ô + dot below). */
    static final class Cp1258 {
        static byte[] encode(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).toCharArray()) {
                String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                StringBuilder base = new StringBuilder();
                StringBuilder tones = new StringBuilder();
                for (char d : decomposed.toCharArray()) {
                    if ("\u0300\u0301\u0303\u0309\u0323".indexOf(d) >= 0) {
                        tones.append(d);
                    } else {
                        base.append(d);
                    }
                }
                out.append(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC)).append(tones);
            }
            return out.toString().getBytes(java.nio.charset.Charset.forName("windows-1258"));
        }
    }
}
