package vn.cchcdesk.report.quarterly;

import java.nio.file.Path;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.report.WriteProgress;
import vn.cchcdesk.report.xlsx.XlsxBook;

/**
 * The periodic report's workbook, to send upward unchanged: Biểu 1 tổng hợp, Biểu 2 theo đơn vị,
 * Biểu 3 nhiệm vụ, Biểu 4 văn bản, and Biểu 5 chi tiết. Biểu 1 is built in memory and its
 * formulas evaluated by POI; the others stream (hundreds of tasks and documents, a hundred
 * thousand activities), storing the results of their few formulas as they count them.
 */
public final class QuarterlyWorkbook {

    private QuarterlyWorkbook() {
    }

    public static void write(QuarterlyReport report, Path file) {
        write(report, file, WriteProgress.none());
    }

    /** Writes the workbook; a cancelled write throws CancellationException and leaves no file. */
    public static void write(QuarterlyReport report, Path file, WriteProgress progress) {
        try (XlsxBook book = XlsxBook.create()) {
            SummarySheet.write(book, report);
            progress.stepDone("b1");
            UnitSheet.write(book, report);
            progress.stepDone("b2");
            TaskSheet.write(book, report);
            progress.stepDone("b3");
            DocumentSheet.write(book, report);
            progress.stepDone("b4");
            DetailSheet.write(book, report, progress);
            progress.stepDone("b5");
            book.poi().setActiveSheet(0);
            book.save(file);
            progress.stepDone("save");
        }
    }
}
