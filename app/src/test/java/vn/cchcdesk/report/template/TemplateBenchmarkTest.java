package vn.cchcdesk.report.template;

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
import vn.cchcdesk.report.ReportFixture;
import vn.cchcdesk.store.demo.DemoSpec;
import vn.cchcdesk.store.report.ReportQueries;

/**
 * What the Báo cáo screen does with a year of 100,000 activities (demo data): the preview
 * (queries and Biểu 1's rows) and a higher level's form filled (the unit and task tables
 * expanded). Prints figures, asserts nothing.
 */
@Tag("benchmark")
class TemplateBenchmarkTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-14T09:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    @Test
    void previewAndTemplateOfAYearWithOneHundredThousandActivities() throws Exception {
        Path data = dir.resolve("data");
        try (App app = App.open(data, CLOCK)) {
            app.demoData().generate(new DemoSpec(100_000, 400, 800, 1, 2026));
            app.close(true);
        }
        Path template = TemplateFillerTest.template(dir.resolve("mau.xlsx"));
        try (App app = App.open(data, CLOCK)) {
            ReportQueries queries = ReportFixture.queries(app);
            for (String run : new String[] {"first", "second", "third"}) {
                long start = System.nanoTime();
                QuarterlyReport report = queries.quarterly(ReportingPeriod.year(2026), LocalDate.now(CLOCK));
                int rows = SummaryRows.of(report).size();
                long previewed = System.nanoTime();
                TemplateFiller.Result result = TemplateFiller.fill(report, template, dir.resolve("da-dien-" + run + ".xlsx"));
                long filled = System.nanoTime();
                print("report-screen-preview-year-100k-" + run, (previewed - start) / 1_000_000, "ms");
                print("report-template-fill-year-100k-" + run, (filled - previewed) / 1_000_000, "ms");
                print("report-template-fill-lines", result.tableLines(), "lines");
                print("report-screen-preview-rows", rows, "rows");
            }
            print("report-template-max-heap", Runtime.getRuntime().maxMemory() / (1024 * 1024), "MiB");
        }
    }

    private static void print(String name, long value, String unit) {
        System.out.println("bench: " + name + " " + value + " " + unit);
    }
}
