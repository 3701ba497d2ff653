package vn.cchcdesk.store.collect;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.collect.ImportPreview;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportRequest;
import vn.cchcdesk.domain.collect.ImportResult;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.ui.ShellTestSupport;

/** Importing 10,000 rows (target: under 5 s from file to committed), and the same file again. */
@Tag("benchmark")
class ImportBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void import10kRows() throws Exception {
        Path file = sheet(dir.resolve("10k.xlsx"), 10_000);
        try (App app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK)) {
            ReportingPeriod q2 = ReportingPeriod.quarter(2026, 2);
            // a warm-up on a small file so class loading is not counted
            app.imports().preview(sheet(dir.resolve("warm.xlsx"), 50), ImportRequest.of(null, q2), ImportProgress.none());

            var threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ImportPreview preview = app.imports().preview(file, ImportRequest.of(null, q2), ImportProgress.none());
            long previewMs = (System.nanoTime() - start) / 1_000_000;
            long previewCpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            long commitStart = System.nanoTime();
            ImportResult result = app.imports().commit(preview, false);
            long commitMs = (System.nanoTime() - commitStart) / 1_000_000;
            long totalMs = (System.nanoTime() - start) / 1_000_000;
            long totalCpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            if (result.imported() != 10_000) {
                throw new IllegalStateException("imported " + result.imported());
            }
            long againStart = System.nanoTime();
            ImportPreview again = app.imports().preview(file, ImportRequest.of(null, q2), ImportProgress.none());
            ImportResult none = app.imports().commit(again, false);
            long againMs = (System.nanoTime() - againStart) / 1_000_000;
            if (none.imported() != 0) {
                throw new IllegalStateException("re-import doubled " + none.imported());
            }
            System.gc();
            long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            System.out.println("bench: import-10k-preview " + previewMs + " ms");
            System.out.println("bench: import-10k-commit " + commitMs + " ms");
            System.out.println("bench: import-10k-total " + totalMs + " ms");
            System.out.println("bench: import-10k-preview-thread-cpu " + previewCpuMs + " ms");
            System.out.println("bench: import-10k-total-thread-cpu " + totalCpuMs + " ms");
            System.out.println("bench: import-10k-again " + againMs + " ms");
            System.out.println("bench: import-10k-file " + Files.size(file) / 1024 + " KiB");
            System.out.println("bench: import-10k-heap-after " + heapMb + " MiB");
        }
    }

    static Path sheet(Path file, int rows) throws Exception {
        String[] forms = {"Phát thanh", "Hội nghị", "Facebook", "Tin, bài trên Trang thông tin điện tử", "Băng rôn", "Họp thôn"};
        String[] units = {"VHXH", "Hội Nông dân xã", "ĐTN", "VP", "TTDVSNC", "Công an xã", "Hội Phụ nữ"};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("Số liệu");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            String[] titles = {"STT", "Ngày thực hiện", "Đơn vị", "Hình thức", "Nội dung/Tiêu đề", "Số lượng",
                "Thời lượng (phút)", "Số người tham dự", "Đường link"};
            Row header = sheet.createRow(0);
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                var date = row.createCell(1);
                date.setCellValue(LocalDate.of(2026, 3, 15).plusDays(r % 91));
                date.setCellStyle(dateStyle);
                row.createCell(2).setCellValue(units[r % units.length]);
                row.createCell(3).setCellValue(forms[r % forms.length]);
                row.createCell(4).setCellValue("Tuyên truyền cải cách hành chính, đợt " + r);
                row.createCell(5).setCellValue(1 + r % 4);
                row.createCell(6).setCellValue(15 + r % 60);
                row.createCell(7).setCellValue(20 + r % 100);
                row.createCell(8).setCellValue("https://dinhtan.gov.vn/tin/" + r);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
        return file;
    }
}
