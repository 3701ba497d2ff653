package vn.cchcdesk.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.report.quarterly.QuarterlyDocx;
import vn.cchcdesk.report.quarterly.QuarterlyWorkbook;
import vn.cchcdesk.store.demo.DemoSpec;
import vn.cchcdesk.store.report.ReportQueries;

/**
 * The year's report of a commune with 100,000 activities made by the demo-data generator (with
 * its documents, tasks, targets and visits): the queries and the whole workbook (Biểu 5 streams
 * every activity), then the written report. Prints figures, asserts nothing.
 */
@Tag("benchmark")
class ReportBenchmarkTest {

    static final int ACTIVITIES = 100_000;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-14T09:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    @Test
    void yearWorkbookWithOneHundredThousandActivities() {
        // the year runs from 01/01 to today, the cut-off of its report: every activity falls in it
        Path data = dir.resolve("data");
        long insert = System.nanoTime();
        try (App app = App.open(data, CLOCK)) {
            app.demoData().generate(new DemoSpec(ACTIVITIES, 400, 800, 1, 2026));
            // as the demo-data command and a clean exit of the app leave the file: compacted
            app.close(true);
        }
        print("report-demo-data-100k-activities", (System.nanoTime() - insert) / 1_000_000, "ms");
        try (App app = App.open(data, CLOCK)) {
            ReportQueries queries = ReportFixture.queries(app);
            for (String run : new String[] {"first", "second", "third"}) {
                resetPeaks();
                Path file = dir.resolve("bao-cao-2026-" + run + ".xlsx");
                long start = System.nanoTime();
                long cpuStart = cpu();
                long processStart = processCpu();
                QuarterlyReport report = queries.quarterly(ReportingPeriod.year(2026), LocalDate.now(CLOCK));
                long queried = System.nanoTime();
                print("report-year-100k-queries-" + run, (queried - start) / 1_000_000, "ms");
                long[] lap = {queried};
                QuarterlyWorkbook.write(report, file, new WriteProgress() {
                    @Override
                    public void update(long done, long total) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }

                    @Override
                    public void stepDone(String step) {
                        long now = System.nanoTime();
                        print("report-year-100k-" + step + "-" + run, (now - lap[0]) / 1_000_000, "ms");
                        lap[0] = now;
                    }
                });
                long written = System.nanoTime();
                print("report-year-100k-workbook-" + run, (written - start) / 1_000_000, "ms");
                // on a shared machine the wall clock counts other people's work too; CPU time does not
                print("report-year-100k-workbook-cpu-" + run, (cpu() - cpuStart) / 1_000_000, "ms");
                // the whole process: H2's and the collectors' threads as well as this one
                print("report-year-100k-workbook-process-cpu-" + run, (processCpu() - processStart) / 1_000_000, "ms");
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

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
