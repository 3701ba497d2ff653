package vn.cchcdesk.report.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.ActivityLine;
import vn.cchcdesk.domain.report.ActivityLines;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.report.ReportFixture;
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.report.WriteProgress;

/** Biểu 5 of many activities: progress as the rows go out, and a cancel that leaves no file. */
class StreamingProgressTest {

    static final int LINES = 3500;

    @TempDir
    static Path dir;
    static QuarterlyReport report;

    @BeforeAll
    static void load() {
        try (App app = ReportFixture.open(dir.resolve("data"))) {
            QuarterlyReport real = ReportFixture.queries(app).quarterly(ReportingPeriod.quarter(2026, 2), ReportFixture.TODAY);
            ActivityLines many = sink -> {
                for (int i = 0; i < LINES; i++) {
                    sink.accept(new ActivityLine(LocalDate.of(2026, 4, 1).plusDays(i % 70), "Phòng Văn hóa - Xã hội",
                            "Tin, bài trên Trang thông tin điện tử", "Tin số " + i, 1, "tin, bài", null, null, null, null));
                }
            };
            report = new QuarterlyReport(real.windows(), real.commune(), real.preparedOn(), real.summary(), real.units(),
                    real.taskGroups(), real.received(), real.issued(), real.yearPlans(), real.highlights(), LINES, many);
        }
    }

    private static final class Recorder implements WriteProgress {
        final List<long[]> updates = new ArrayList<>();
        final long cancelAfter;

        Recorder(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(long done, long total) {
            updates.add(new long[] {done, total});
        }

        @Override
        public boolean isCancelled() {
            return !updates.isEmpty() && updates.get(updates.size() - 1)[0] >= cancelAfter;
        }
    }

    @Test
    void progressReportsTheRowsWritten() throws Exception {
        Recorder progress = new Recorder(Long.MAX_VALUE);
        Path file = dir.resolve("many.xlsx");
        QuarterlyWorkbook.write(report, file, progress);
        assertThat(progress.updates).extracting(u -> u[0]).containsExactly(1000L, 2000L, 3000L, 3500L);
        assertThat(progress.updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(LINES));
        try (XSSFWorkbook book = Sheets.read(file)) {
            assertThat(Sheets.allText(book.getSheetAt(4))).contains("Tin số 3499", "Tổng cộng: 3.500 hoạt động");
        }
    }

    @Test
    void aCancelledWriteLeavesTheOldFileAndNoTemporaryOne() throws Exception {
        Path file = dir.resolve("cancelled.xlsx");
        Files.writeString(file, "the report sent last time");
        assertThatThrownBy(() -> QuarterlyWorkbook.write(report, file, new Recorder(2000))).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(file)).isEqualTo("the report sent last time");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
