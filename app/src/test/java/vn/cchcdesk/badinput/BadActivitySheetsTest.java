package vn.cchcdesk.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.cchcdesk.intake.sheet.Sheets.row;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.collect.ImportPreview;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportRequest;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.RowProblem;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.intake.sheet.Sheets;
import vn.cchcdesk.store.TaskFixtures;

/**
 * Activity workbooks as units send them, broken (the import tab and {@code import-activities} go
 * through {@code ImportService.preview} then {@code commit}). Reader-level cases (merged cells,
 * formulas, hidden sheets, charsets, the 20 MB sheet read row by row) are in
 * {@code intake.sheet.BrokenSheetsTest} and {@code LargeSheetTest}.
 */
class BadActivitySheetsTest extends BadInputFixture {

    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2026, 2);

    private ImportPreview preview(Path file) {
        return app.imports().preview(file, ImportRequest.of(TaskFixtures.unit(app, "HND").id(), Q2), ImportProgress.none());
    }

    /** Refused whole, by file name, before anything is written. */
    private void refusedWhole(Path file) {
        assertClear(catchThrowable(() -> app.imports().commit(preview(file), false)), file.getFileName().toString());
        assertUnchanged();
    }

    private Path goodSheet(String name, List<Object>... rows) throws Exception {
        return Sheets.xlsx(in.resolve(name), Sheets.table(Arrays.asList(rows)));
    }

    @Test
    void aFileThatIsNoWorkbookRenamedXlsx() throws Exception {
        refusedWhole(Files.write(in.resolve("anh-chup.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
        refusedWhole(Files.writeString(in.resolve("ghi-chu.xlsx"), "Báo cáo quý II của Hội Nông dân"));
        refusedWhole(Files.write(in.resolve("rong.xlsx"), new byte[0]));
    }

    @Test
    void aTruncatedOrCorruptWorkbook() throws Exception {
        Path good = goodSheet("goc.xlsx", row("10/04/2026", null, "Phát thanh", "Phát thanh về CCHC", 1));
        byte[] bytes = Files.readAllBytes(good);
        refusedWhole(Files.write(in.resolve("cut-ngang.xlsx"), Arrays.copyOf(bytes, bytes.length / 2)));
        byte[] scrambled = bytes.clone();
        for (int i = 200; i < scrambled.length - 200; i += 7) {
            scrambled[i] ^= 0x5A;
        }
        refusedWhole(Files.write(in.resolve("hong.xlsx"), scrambled));
    }

    @Test
    void anEmptySheet() throws Exception {
        refusedWhole(Sheets.xlsx(in.resolve("trong.xlsx"), List.of()));
        refusedWhole(Sheets.xlsx(in.resolve("chi-tieu-de.xlsx"), Sheets.table(List.of())));
    }

    @Test
    void aZipBombIsRefusedUnread() throws Exception {
        Path good = goodSheet("goc.xlsx", row("10/04/2026", null, "Phát thanh", "Phát thanh về CCHC", 1));
        Path bomb = in.resolve("bom.xlsx");
        padded(good, bomb, "xl/worksheets/sheet1.xml", "</sheetData>", 200_000_000);
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        refusedWhole(bomb);
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(in.resolve("bi-mat.txt"), "MAT-KHAU-BI-MAT");
        Path good = goodSheet("goc.xlsx", row("10/04/2026", null, "Phát thanh", "Phát thanh về CCHC", 1));
        Path evil = in.resolve("xxe.xlsx");
        rewrite(good, evil, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>").replace("Phát thanh về CCHC", "&xxe;"));
        Throwable thrown = catchThrowable(() -> {
            ImportPreview p = preview(evil);
            assertThat(p.rows()).allSatisfy(r -> assertThat(r.written().values()).noneMatch(v -> v.contains("MAT-KHAU")));
            app.imports().commit(p, false);
        });
        if (thrown != null) {
            assertClear(thrown, "xxe.xlsx");
            assertThat(Messages.get(((vn.cchcdesk.domain.AppException) thrown).messageKey(),
                    ((vn.cchcdesk.domain.AppException) thrown).args())).doesNotContain("MAT-KHAU");
        }
        assertThat(app.database().dsl().fetch("SELECT title FROM activity").toString()).doesNotContain("MAT-KHAU");
    }

    @Test
    void textInNumberCellsAndImpossibleDatesNameTheirRowAndColumn() throws Exception {
        Path file = goodSheet("hnd-q2.xlsx",
                row("10/04/2026", null, "Phát thanh", "Phát thanh về CCHC", "năm"),
                row("31/02/2026", null, "Phát thanh", "Ngày không có thật", 1),
                row("12/04/2026", null, "Hội nghị", "Hội nghị tập huấn", 1, null, "hai giờ", "ba mươi"));
        ImportPreview preview = preview(file);
        assertThat(preview.invalid()).isEqualTo(3);
        List<RowProblem> problems = preview.rows().stream().flatMap(r -> r.problems().stream()).filter(RowProblem::isError).toList();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.header()).isEqualTo("Ngày thực hiện");
            assertThat(p.columnLetter()).isEqualTo("B");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.header()).isEqualTo("Số lượng");
        });
        assertThat(problems).filteredOn(p -> p.row() == 4).extracting(RowProblem::header)
                .contains("Thời lượng (phút)", "Số người tham dự");
        assertThat(problems).allSatisfy(p -> assertThat(Messages.has(p.messageKey())).as(p.messageKey()).isTrue());
        assertClear(catchThrowable(() -> app.imports().commit(preview, false)), "hnd-q2.xlsx");
        assertUnchanged();
    }

    @Test
    void datesTypedAsTextAreDates() throws Exception {
        Path file = goodSheet("ngay-go-tay.xlsx",
                row("02/04/2026", null, "Phát thanh", "Ngày gõ dạng văn bản", 1),
                row("5/4/2026", null, "Phát thanh", "Ngày không có số 0", 1),
                row(LocalDate.of(2026, 4, 7), null, "Phát thanh", "Ngày là ô ngày của Excel", 1));
        ImportPreview preview = preview(file);
        assertThat(preview.invalid()).isZero();
        assertThat(preview.rows()).extracting(ImportRow::activity).extracting(a -> a.date())
                .containsExactly(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 7));
    }

    @Test
    void aCsvInALegacyEncodingIsReadOrRefusedByName() throws Exception {
        String csv = "Ngày thực hiện;Đơn vị;Hình thức;Nội dung/Tiêu đề;Số lượng\n10/04/2026;;Phát thanh;Phát thanh về cải cách;1\n";
        Path utf16 = Files.write(in.resolve("utf16.csv"), csv.getBytes(StandardCharsets.UTF_16));
        assertThat(preview(utf16).rows()).singleElement().satisfies(r ->
                assertThat(r.activity().title()).isEqualTo("Phát thanh về cải cách"));
        // bytes that are no text at all
        byte[] noise = new byte[4096];
        new java.util.Random(3).nextBytes(noise);
        Path binary = Files.write(in.resolve("nhieu.csv"), noise);
        Throwable thrown = catchThrowable(() -> app.imports().commit(preview(binary), false));
        assertClear(thrown, "nhieu.csv");
        assertUnchanged();
    }

    /** Like {@link #rewrite}, with {@code spaces} blanks after {@code marker}, streamed: held whole they would take the test's heap. */
    private static void padded(Path from, Path to, String entryName, String marker, long spaces) throws Exception {
        byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream os = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    String content = new String(bytes, StandardCharsets.UTF_8);
                    int cut = content.indexOf(marker) + marker.length();
                    out.write(content.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    for (long left = spaces; left > 0; left -= chunk.length) {
                        out.write(chunk, 0, (int) Math.min(chunk.length, left));
                    }
                    out.write(content.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
    }

    private static void rewrite(Path from, Path to, String entryName, java.util.function.UnaryOperator<String> change) throws Exception {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream os = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }
}
