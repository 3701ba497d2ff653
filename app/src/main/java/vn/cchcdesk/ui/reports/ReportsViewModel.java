package vn.cchcdesk.ui.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.period.PeriodKind;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.PeriodTexts;
import vn.cchcdesk.report.WriteProgress;
import vn.cchcdesk.report.print.PrintDocument;
import vn.cchcdesk.report.print.QuarterlyPrint;
import vn.cchcdesk.report.quarterly.QuarterlyDocx;
import vn.cchcdesk.report.quarterly.QuarterlyWorkbook;
import vn.cchcdesk.report.template.SummaryRow;
import vn.cchcdesk.report.template.TemplateFiller;
import vn.cchcdesk.store.report.ReportQueries;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.LatestOnly;
import vn.cchcdesk.ui.common.Progress;
import vn.cchcdesk.ui.common.TaskHandle;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Báo cáo: the period (kind and year), its spans and Biểu 1 previewed, computed off the FX thread
 * each time the period changes; the workbook, the written report and a higher level's form
 * written to the files the clerk chooses (read afresh from the database), with progress and
 * cancel, then shown in their folder.
 */
public final class ReportsViewModel {

    private final ReportQueries queries;
    private final FileViewer viewer;
    private final UiContext ui;
    private final LatestOnly previews;
    private final ObjectProperty<PeriodKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<ReportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<SummaryRow> rows = FXCollections.observableArrayList();
    private final StringProperty spans = new SimpleStringProperty("");
    private final StringProperty rule = new SimpleStringProperty("");
    private final StringProperty sheets = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<TaskHandle> running = new SimpleObjectProperty<>();
    private final ObjectProperty<TemplateFiller.Result> lastFill = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> lastWritten = new SimpleObjectProperty<>();
    private ReportFiles files = ReportFiles.system();

    public ReportsViewModel(ReportQueries queries, FileViewer viewer, UiContext ui) {
        this.queries = queries;
        this.viewer = viewer;
        this.ui = ui;
        this.previews = new LatestOnly(ui.runner());
        LocalDate today = today();
        years.setAll(IntStream.rangeClosed(today.getYear() - 5, today.getYear() + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        kind.set(PeriodKind.quarter((today.getMonthValue() - 1) / 3 + 1));
        year.set(today.getYear());
        kind.addListener((obs, old, k) -> load());
        year.addListener((obs, old, y) -> load());
    }

    public static List<PeriodKind> kinds() {
        return List.of(PeriodKind.values());
    }

    /** The period chosen, null while the choice is incomplete. */
    public ReportingPeriod period() {
        return kind.get() == null || year.get() == null ? null : new ReportingPeriod(year.get(), kind.get());
    }

    /** Recomputes the preview of the period chosen (the newest choice wins). */
    public void load() {
        ReportingPeriod period = period();
        if (period == null) {
            return;
        }
        LocalDate today = today();
        spans.set(Messages.get("reportscreen.loading", PeriodTexts.name(period)));
        previews.submit(p -> ReportPreview.of(queries.quarterly(period, today)), this::show);
    }

    private void show(ReportPreview shown) {
        preview.set(shown);
        rows.setAll(shown.rows());
        spans.set(shown.spans());
        rule.set(shown.rule());
        sheets.set(shown.sheets());
    }

    /** "Biểu số liệu CCHC quý II năm 2026.xlsx" */
    public String suggestedName(String key) {
        ReportingPeriod period = period();
        return Messages.get(key, period == null ? "" : PeriodTexts.name(period));
    }

    /** "Mẫu tỉnh - đã điền quý II năm 2026.xlsx": beside the template, never its name. */
    public String filledName(String templateName) {
        ReportingPeriod period = period();
        return Messages.get("reportscreen.file.filled", templateName, period == null ? "" : PeriodTexts.name(period));
    }

    /**
     * What In… prints, for {@code PrintPreviewDialog.showAll}: Biểu 1–4 of the report previewed, built
     * by the supplier off the FX thread. While the preview of a newly chosen period is still being
     * computed, the one shown belongs to the previous choice: the supplier then reads the chosen
     * period afresh, so the pages always match the period on screen. Null before any preview.
     */
    public Supplier<List<PrintDocument>> printable() {
        ReportPreview shown = preview.get();
        ReportingPeriod period = period();
        if (shown == null || period == null) {
            return null;
        }
        LocalDate today = today();
        return () -> QuarterlyPrint.of(shown.period().equals(period) ? shown.report() : queries.quarterly(period, today));
    }

    /** Writes the workbook (Biểu 1–5) of the period chosen. */
    public void exportWorkbook(Path file) {
        write(file, "reportscreen.writingXlsx", (report, progress, staged) -> {
            QuarterlyWorkbook.write(report, staged, new WriteProgress() {
                @Override
                public void update(long done, long total) {
                    progress.update(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
            return file;
        }, path -> ui.say(Messages.get("reportscreen.written", path.toAbsolutePath())));
    }

    /** Writes the draft of the written report. */
    public void exportDocx(Path file) {
        write(file, "reportscreen.writingDocx", (report, progress, staged) -> {
            QuarterlyDocx.write(report, staged);
            return file;
        }, path -> ui.say(Messages.get("reportscreen.written", path.toAbsolutePath())));
    }

    /** Fills a higher level's form into a new file; the names it does not know end in {@link #lastFillProperty}. */
    public void fillTemplate(Path template, Path target) {
        write(target, "reportscreen.fillingTemplate", (report, progress, staged) -> {
                    // asked here, off the FX thread (a network folder may be slow to answer); the staged
                    // file would hide the target from the filler's own check
                    if (sameFile(template, target)) {
                        throw new vn.cchcdesk.domain.AppException("reportscreen.template.sameFile", template.getFileName());
                    }
                    return TemplateFiller.fill(report, template, staged);
                },
                result -> {
                    ui.say(Messages.get("reportscreen.filled", Formats.integer(result.filled()), Formats.integer(result.tableLines()),
                            target.toAbsolutePath()));
                    lastFill.set(result);
                });
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return java.nio.file.Files.exists(b) ? java.nio.file.Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private interface Writer<T> {
        T write(QuarterlyReport report, Progress progress, Path staged);
    }

    /**
     * Reads the report afresh and writes it to a staged file moved over the target when done;
     * Dừng at any moment leaves no file.
     */
    private <T> void write(Path file, String titleKey, Writer<T> writer, java.util.function.Consumer<T> done) {
        ReportingPeriod period = period();
        if (period == null) {
            return;
        }
        LocalDate today = today();
        busy.set(true);
        boolean[] over = {false};
        TaskHandle handle = ui.runner().task(p -> {
                    QuarterlyReport report = queries.quarterly(period, today);
                    if (p.isCancelled()) {
                        throw new CancellationException();
                    }
                    return StagedFile.write(file, p, staged -> writer.write(report, p, staged));
                })
                .title(Messages.get(titleKey, file.getFileName()))
                .cancellable()
                .onSuccess(result -> {
                    done.accept(result);
                    written(file);
                })
                .onCancelled(() -> ui.say(Messages.get("reportscreen.stopped")))
                .onFailure(error -> {
                    if (error instanceof CancellationException) {
                        ui.say(Messages.get("reportscreen.stopped"));
                    } else {
                        ui.runner().report(error);
                    }
                })
                .onFinished(() -> {
                    over[0] = true;
                    finished();
                })
                .start();
        // the progress bar and Dừng while it runs; a synchronous runner has finished it already. Not the
        // handle's running property: the threaded runner sets it a pulse later, when it would stay hidden.
        if (!over[0]) {
            running.set(handle);
        }
    }

    private void written(Path file) {
        lastWritten.set(file);
        ui.runner().task(p -> {
            viewer.reveal(file);
            return null;
        }).onFailure(error -> { }).start();
    }

    private void finished() {
        busy.set(false);
        running.set(null);
    }

    private LocalDate today() {
        return LocalDate.now(ui.clock());
    }

    /** Tests answer the file choices themselves. */
    public void setFiles(ReportFiles files) {
        this.files = files;
    }

    public ReportFiles files() {
        return files;
    }

    public ObjectProperty<PeriodKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<ReportPreview> previewProperty() {
        return preview;
    }

    public ObservableList<SummaryRow> rows() {
        return rows;
    }

    public StringProperty spansProperty() {
        return spans;
    }

    public StringProperty ruleProperty() {
        return rule;
    }

    public StringProperty sheetsProperty() {
        return sheets;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The export under way, for its progress bar and Dừng; null when none. */
    public ObjectProperty<TaskHandle> runningProperty() {
        return running;
    }

    public ObjectProperty<TemplateFiller.Result> lastFillProperty() {
        return lastFill;
    }

    /** The file last written (and shown in its folder). */
    public ObjectProperty<Path> lastWrittenProperty() {
        return lastWritten;
    }
}
