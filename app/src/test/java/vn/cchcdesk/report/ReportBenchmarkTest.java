package vn.cchcdesk.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.report.quarterly.QuarterlyDocx;
import vn.cchcdesk.report.quarterly.QuarterlyWorkbook;
import vn.cchcdesk.store.report.ReportQueries;

/**
 * The year's report of a commune with 100,000 activities: the queries and the whole workbook
 * (Biểu 5 streams every activity), then the written report. Prints figures, asserts nothing.
 */
@Tag("benchmark")
class ReportBenchmarkTest {

    static final int ACTIVITIES = 100_000;

    @TempDir
    Path dir;

    @Test
    void yearWorkbookWithOneHundredThousandActivities() {
        try (App app = ReportFixture.open(dir.resolve("data"))) {
            long insert = System.nanoTime();
            insertActivities(app.database().dsl(), ACTIVITIES);
            print("report-insert-100k-activities", (System.nanoTime() - insert) / 1_000_000, "ms");
            ReportQueries queries = ReportFixture.queries(app);
            for (String run : new String[] {"first", "warm"}) {
                resetPeaks();
                Path file = dir.resolve("bao-cao-2026-" + run + ".xlsx");
                long start = System.nanoTime();
                long cpuStart = cpu();
                QuarterlyReport report = queries.quarterly(ReportingPeriod.year(2026), ReportFixture.TODAY);
                long queried = System.nanoTime();
                QuarterlyWorkbook.write(report, file);
                long written = System.nanoTime();
                print("report-year-100k-workbook-" + run, (written - start) / 1_000_000, "ms");
                // on a shared machine the wall clock counts other people's work too; this thread's own time does not
                print("report-year-100k-workbook-cpu-" + run, (cpu() - cpuStart) / 1_000_000, "ms");
                print("report-year-100k-queries-" + run, (queried - start) / 1_000_000, "ms");
                print("report-year-100k-rows", report.activityCount(), "rows");
                print("report-year-100k-file", size(file) / 1024, "KiB");
                print("report-year-100k-peak-heap-" + run, peakHeap() / (1024 * 1024), "MiB");
                long docx = System.nanoTime();
                QuarterlyDocx.write(report, dir.resolve("bao-cao-2026-" + run + ".docx"));
                print("report-year-100k-docx-" + run, (System.nanoTime() - docx) / 1_000_000, "ms");
            }
            print("report-max-heap", Runtime.getRuntime().maxMemory() / (1024 * 1024), "MiB");
        }
    }

    /** One INSERT … SELECT over a generated range: a year of varied activities in a second or two. */
    static void insertActivities(DSLContext dsl, int count) {
        dsl.transaction(() -> dsl.execute("""
                INSERT INTO activity (activity_date, unit_id, form_id, title, quantity, duration_minutes, participants, link, notes)
                SELECT DATEADD(DAY, MOD(X * 7, 365), DATE '2025-12-15'),
                       (SELECT MIN(id) FROM unit) + MOD(X, 12),
                       (SELECT MIN(id) FROM publicity_form) + MOD(X * 5, 12),
                       'Tuyên truyền cải cách hành chính số ' || X || ' tại thôn ' || (1 + MOD(X, 17)) || ' về thủ tục hành chính',
                       1 + MOD(X, 4),
                       CASE WHEN MOD(X, 12) = 0 THEN 15 + MOD(X, 30) END,
                       CASE WHEN MOD(X, 3) = 0 THEN 20 + MOD(X, 200) END,
                       CASE WHEN MOD(X, 5) = 0 THEN 'https://dinhtan.thanhhoa.gov.vn/cchc/' || X END,
                       CASE WHEN MOD(X, 9) = 0 THEN 'Có ảnh minh chứng' END
                FROM SYSTEM_RANGE(1, ?)""", count));
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void print(String name, long value, String unit) {
        System.out.println("bench: " + name + " " + value + " " + unit);
    }
}
