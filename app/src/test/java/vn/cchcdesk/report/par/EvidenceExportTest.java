package vn.cchcdesk.report.par;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.par.EvidencePack;
import vn.cchcdesk.report.WriteProgress;
import vn.cchcdesk.store.par.ParFixtures;
import vn.cchcdesk.ui.ShellTestSupport;

/** The evidence file written as a folder and as a zip, read back: entries, copied bytes, the summary's cells. */
class EvidenceExportTest {

    @TempDir
    Path dir;
    private App app;
    private EvidencePack pack;

    @BeforeEach
    void open() {
        ShellTestSupport.setUpCommune(dir.resolve("data"));
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
        ParFixtures.fill(app, dir.resolve("files"));
        pack = app.par().evidence(2026);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aZipHoldsTheSummaryAndEveryFileInAFolderPerCriterion() throws Exception {
        Path zip = dir.resolve("out").resolve("minh-chung.zip");
        Files.createDirectories(zip.getParent());
        List<long[]> steps = new ArrayList<>();
        EvidenceExport.Result result = EvidenceExport.toZip(pack, zip, progress(steps, false));
        assertThat(result.copied()).isEqualTo(ParFixtures.FILES);
        assertThat(result.missing()).isEmpty();
        assertThat(steps.get(steps.size() - 1)).containsExactly(6, 6);
        try (Stream<Path> out = Files.list(zip.getParent())) {
            assertThat(out.map(p -> p.getFileName().toString())).containsExactly("minh-chung.zip");
        }
        String root = "Hồ sơ minh chứng CCHC năm 2026/";
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<String> names = file.stream().map(ZipEntry::getName).toList();
            assertThat(names).containsExactly(
                    root + "00 Bảng tự chấm điểm năm 2026.xlsx",
                    root + "4.1 Mức độ hoàn thành kế hoạch tuyên truyền CCHC/001 KH 42-KH-UBND.pdf",
                    root + "4.1 Mức độ hoàn thành kế hoạch tuyên truyền CCHC/002 BC 120.docx",
                    root + "4.2.2 Tuyên truyền trên Trang thông tin điện tử hoặc mạng xã hội/003 bai-viet.png",
                    root + "4.2.3 Tuyên truyền bằng hình thức truyền thống/004 Thể lệ_ cuộc thi_.pdf",
                    root + "4.2.3 Tuyên truyền bằng hình thức truyền thống/004 ảnh trao giải.jpg");
            assertThat(new String(file.getInputStream(file.getEntry(names.get(5))).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("nội dung photo ảnh trao giải.jpg");
            try (Workbook book = WorkbookFactory.create(file.getInputStream(file.getEntry(names.get(0))))) {
                assertSummary(book);
            }
        }
    }

    @Test
    void aFolderIsMadeInsideTheChosenOneAndAnExistingOneIsKept() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("usb"));
        Path first = EvidenceExport.toFolder(pack, parent, WriteProgress.none()).written();
        Path second = EvidenceExport.toFolder(pack, parent, WriteProgress.none()).written();
        assertThat(first).isEqualTo(parent.resolve("Hồ sơ minh chứng CCHC năm 2026"));
        assertThat(second).isEqualTo(parent.resolve("Hồ sơ minh chứng CCHC năm 2026 (2)"));
        try (Stream<Path> out = Files.list(parent)) {
            assertThat(out).hasSize(2);
        }
        try (Stream<Path> files = Files.walk(first)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(ParFixtures.FILES + 1);
        }
        assertThat(first.resolve("4.2.3 Tuyên truyền bằng hình thức truyền thống/004 Thể lệ_ cuộc thi_.pdf"))
                .hasContent("nội dung rules Thể lệ: cuộc thi?.pdf");
        try (Workbook book = WorkbookFactory.create(first.resolve("00 Bảng tự chấm điểm năm 2026.xlsx").toFile())) {
            assertSummary(book);
        }
    }

    @Test
    void aCancelLeavesNothingBehind() throws IOException {
        Path parent = Files.createDirectories(dir.resolve("cancel"));
        List<long[]> steps = new ArrayList<>();
        assertThatThrownBy(() -> EvidenceExport.toFolder(pack, parent, progress(steps, true))).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> EvidenceExport.toZip(pack, parent.resolve("a.zip"), progress(steps, true)))
                .isInstanceOf(CancellationException.class);
        try (Stream<Path> out = Files.list(parent)) {
            assertThat(out).isEmpty();
        }
    }

    private static void assertSummary(Workbook book) {
        Sheet scores = book.getSheet("Tự chấm điểm");
        assertThat(scores.getRow(0).getCell(0).getStringCellValue())
                .isEqualTo("BẢNG TỰ CHẤM ĐIỂM TIÊU CHÍ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026");
        int header = find(scores, "STT");
        Row first = scores.getRow(header + 1);
        assertThat(first.getCell(1).getStringCellValue()).isEqualTo("4.1");
        assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1.0);
        assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(1.0);
        assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Đạt 3/3 chỉ tiêu của kế hoạch (100 %): đủ điểm.");
        assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(2);
        assertThat(scores.getRow(header + 2).getCell(4).getNumericCellValue()).isZero();
        assertThat(scores.getRow(header + 2).getCell(5).getStringCellValue()).isEqualTo("Năm 2026 chưa có hoạt động nào theo hình thức này.");
        Row total = scores.getRow(header + 5);
        assertThat(total.getCell(2).getStringCellValue()).isEqualTo("Tổng cộng");
        assertThat(total.getCell(4).getCellFormula()).isEqualTo("SUM(E" + (header + 2) + ":E" + (header + 5) + ")");
        assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(1.75);
        assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(2.0);

        Sheet index = book.getSheet("Danh mục minh chứng");
        int top = find(index, "STT");
        assertThat(index.getRow(top + 1).getCell(2).getStringCellValue()).isEqualTo("Kế hoạch");
        assertThat(index.getRow(top + 1).getCell(3).getStringCellValue()).isEqualTo("Kế hoạch 42/KH-UBND — Tuyên truyền cải cách hành chính năm 2026");
        assertThat(index.getRow(top + 4).getCell(6).getStringCellValue()).isEqualTo(
                "4.2.3 Tuyên truyền bằng hình thức truyền thống/004 Thể lệ_ cuộc thi_.pdf\n"
                        + "4.2.3 Tuyên truyền bằng hình thức truyền thống/004 ảnh trao giải.jpg");
        assertThat(index.getRow(top + 4).getCell(5).getStringCellValue()).isEqualTo("VHXH · Cuộc thi tìm hiểu về CCHC · 1");
    }

    private static int find(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(row.getCell(0).toString())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(text + " not found");
    }

    private static WriteProgress progress(List<long[]> steps, boolean cancelAfterFirst) {
        return new WriteProgress() {
            @Override
            public void update(long done, long total) {
                steps.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return cancelAfterFirst && !steps.isEmpty();
            }
        };
    }
}
