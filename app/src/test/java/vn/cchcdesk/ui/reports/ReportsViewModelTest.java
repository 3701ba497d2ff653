package vn.cchcdesk.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.period.PeriodKind;
import vn.cchcdesk.report.ReportFixture;
import vn.cchcdesk.report.print.Paginator;
import vn.cchcdesk.report.print.PrintDocument;
import vn.cchcdesk.report.print.PrintPage;
import vn.cchcdesk.report.print.TextMeasure;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.SyncTaskRunner;
import vn.cchcdesk.ui.common.UiContext;

/** The Báo cáo view model on the report fixture with work run at once: the period, its preview, the exports, what In… prints. */
class ReportsViewModelTest {

    @TempDir
    static Path dir;
    static App app;
    private final List<String> said = new ArrayList<>();
    private final List<Path> revealed = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeAll
    static void open() {
        app = ReportFixture.open(dir.resolve("data"));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private ReportsViewModel model() {
        SyncTaskRunner runner = new SyncTaskRunner();
        runner.setFailureHandler(failures::add);
        FileViewer viewer = new FileViewer() {
            @Override
            public void open(Path file) {
            }

            @Override
            public void reveal(Path file) {
                revealed.add(file);
            }
        };
        return new ReportsViewModel(ReportFixture.queries(app), viewer, new UiContext(runner, ReportFixture.CLOCK, () -> null, said::add, id -> { }));
    }

    @Test
    void startsOnTheQuarterOfTodayAndFollowsTheChoice() {
        ReportsViewModel model = model();
        assertThat(model.kindProperty().get()).isEqualTo(PeriodKind.Q2); // 20/06/2026
        assertThat(model.yearProperty().get()).isEqualTo(2026);
        assertThat(model.years()).contains(2021, 2026, 2027);
        model.load();
        assertThat(model.rows()).isNotEmpty();
        assertThat(model.ruleProperty().get()).startsWith("Mốc số liệu theo Nghị định 09/2019/NĐ-CP");
        model.kindProperty().set(PeriodKind.H1);
        assertThat(model.spansProperty().get()).startsWith("Thực hiện trong kỳ: 15/12/2025 – 14/06/2026");
        assertThat(model.previewProperty().get().period().kind()).isEqualTo(PeriodKind.H1);
        model.yearProperty().set(2025);
        assertThat(model.previewProperty().get().period().year()).isEqualTo(2025);
        assertThat(model.suggestedName("reportscreen.file.xlsx")).isEqualTo("Biểu số liệu CCHC 6 tháng đầu năm 2025.xlsx");
        assertThat(model.filledName("Mẫu tỉnh")).isEqualTo("Mẫu tỉnh - đã điền 6 tháng đầu năm 2025.xlsx");
    }

    @Test
    void exportsWriteTheFileSayItAndShowIt() {
        ReportsViewModel model = model();
        model.load();
        Path xlsx = dir.resolve("q2.xlsx");
        model.exportWorkbook(xlsx);
        Path docx = dir.resolve("q2.docx");
        model.exportDocx(docx);
        assertThat(xlsx).exists();
        assertThat(docx).exists();
        assertThat(revealed).containsExactly(xlsx, docx);
        assertThat(said).contains("Đã ghi " + xlsx.toAbsolutePath() + ".");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.runningProperty().get()).isNull();
        assertThat(failures).isEmpty();
    }

    @Test
    void aFolderThatIsGoneIsReportedAndNothingIsShown() {
        ReportsViewModel model = model();
        model.load();
        model.exportWorkbook(dir.resolve("khong-co").resolve("q2.xlsx"));
        assertThat(failures).singleElement().isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("reports.file.noFolder");
        assertThat(revealed).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theTemplateIsFilledIntoANewFileWithItsUnknownNames() throws Exception {
        ReportsViewModel model = model();
        model.load();
        Path template = vn.cchcdesk.report.template.TemplateFillerTest.template(dir.resolve("mau.xlsx"));
        Path target = dir.resolve("mau-da-dien.xlsx");
        model.fillTemplate(template, target);
        assertThat(target).exists();
        assertThat(model.lastFillProperty().get().unknown()).extracting(u -> u.name())
                .containsExactly("khong_co_chi_tieu_nay", "bang:khong_co_bang");
        assertThat(revealed).containsExactly(target);
        assertThat(LocalDate.now(ReportFixture.CLOCK)).isEqualTo(ReportFixture.TODAY);
        try (var listed = java.nio.file.Files.list(dir)) {
            assertThat(listed.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".~"));
        }
        byte[] before = java.nio.file.Files.readAllBytes(template);
        model.fillTemplate(template, template);
        assertThat(failures).singleElement().extracting(e -> ((AppException) e).messageKey()).isEqualTo("reportscreen.template.sameFile");
        assertThat(java.nio.file.Files.readAllBytes(template)).isEqualTo(before);
    }

    /** Biểu 1–4 of the preview for In…; a preview left over from the previous choice is not printed for the new one. */
    @Test
    void printsBieu1To4OfThePeriodOnScreen() {
        ReportsViewModel model = model();
        assertThat(model.printable()).as("no preview yet").isNull();
        model.load();
        List<PrintDocument> documents = model.printable().get();
        assertThat(documents).extracting(PrintDocument::name)
                .containsExactly("Biểu 1 - Tổng hợp", "Biểu 2 - Theo đơn vị", "Biểu 3 - Nhiệm vụ", "Biểu 4 - Văn bản");
        PrintPage first = Paginator.paginate(documents.get(0), TextMeasure.times()).pages().get(0);
        assertThat(String.join(" ", first.lines())).contains("BIỂU TỔNG HỢP KẾT QUẢ THÔNG TIN", "QUÝ II NĂM 2026",
                "Số liệu tính từ ngày 15/03/2026 đến ngày 14/06/2026");

        ReportPreview quarter = model.previewProperty().get();
        model.kindProperty().set(PeriodKind.H1);
        model.previewProperty().set(quarter); // as while the threaded runner still computes the new choice
        PrintPage stale = Paginator.paginate(model.printable().get().get(0), TextMeasure.times()).pages().get(0);
        assertThat(String.join(" ", stale.lines())).contains("Số liệu tính từ ngày 15/12/2025 đến ngày 14/06/2026");
        assertThat(failures).isEmpty();
    }
}
