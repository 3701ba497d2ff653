package vn.cchcdesk.intake.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.ParsedSheet;

/** A 20 MB sheet is read as a stream; more rows than one import takes are refused whole, with a message. */
class LargeSheetTest {

    @TempDir
    Path dir;

    /** Rows with long notes of random letters, which zip cannot shrink, until the file passes the size. */
    static Path bigSheet(Path file, long targetBytes, int noteLength) throws Exception {
        Random random = new Random(7);
        String[] forms = {"Phát thanh", "Hội nghị", "Facebook", "Tin, bài trên Trang thông tin điện tử", "Băng rôn"};
        String[] units = {"VHXH", "Hội Nông dân xã", "ĐTN", "VP", "TTDVSNC"};
        int rows = (int) (targetBytes / (noteLength * 0.78)) + 50;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Số liệu");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            String[] titles = {"Ngày", "Đơn vị", "Hình thức", "Nội dung", "Số lượng", "Ghi chú"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            char[] note = new char[noteLength];
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                var date = row.createCell(0);
                date.setCellValue(LocalDate.of(2026, 3, 15).plusDays(r % 90));
                date.setCellStyle(dateStyle);
                row.createCell(1).setCellValue(units[r % units.length]);
                row.createCell(2).setCellValue(forms[r % forms.length]);
                row.createCell(3).setCellValue("Hoạt động tuyên truyền số " + r);
                row.createCell(4).setCellValue(1 + r % 5);
                for (int i = 0; i < note.length; i++) {
                    note[i] = (char) ('!' + random.nextInt(90));
                }
                row.createCell(5).setCellValue(new String(note));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
        return file;
    }

    @Test
    void aTwentyMegabyteSheetIsReadRowByRow() throws Exception {
        Path file = bigSheet(dir.resolve("lon.xlsx"), 20L * 1024 * 1024, 2500);
        assertThat(Files.size(file)).isBetween(19L * 1024 * 1024, SpreadsheetReader.MAX_FILE_BYTES);
        long[] reported = {0};
        ParsedSheet parsed = new SpreadsheetReader().read(file, Sheets.context(), new ImportProgress() {
            @Override
            public void rowsRead(long rows) {
                reported[0] = rows;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(parsed.rows()).hasSizeGreaterThan(8000).allSatisfy(r -> assertThat(r.status()).isEqualTo(ImportRow.Status.VALID));
        assertThat(parsed.rows().get(0).activity().notes()).hasSize(2500);
        assertThat(reported[0]).as("progress reported while reading").isGreaterThan(1000);
    }

    @Test
    void moreRowsThanOneImportTakesAreRefusedWhole() throws Exception {
        Path file = bigSheet(dir.resolve("nhieu.xlsx"), 40_000, 20);
        SpreadsheetReader reader = new SpreadsheetReader(SpreadsheetReader.MAX_FILE_BYTES, 500);
        assertThatThrownBy(() -> reader.read(file, Sheets.context(), ImportProgress.none()))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("collect.file.tooManyRows");
                    assertThat(e.args()).containsExactly("nhieu.xlsx", "500");
                });
    }

    @Test
    void readingStopsWhenCancelled() throws Exception {
        Path file = bigSheet(dir.resolve("huy.xlsx"), 200_000, 20);
        assertThatThrownBy(() -> new SpreadsheetReader().read(file, Sheets.context(), new ImportProgress() {
            @Override
            public void rowsRead(long rows) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        })).isInstanceOf(java.util.concurrent.CancellationException.class);
    }
}
