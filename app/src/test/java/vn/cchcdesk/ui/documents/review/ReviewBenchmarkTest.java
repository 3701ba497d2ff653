package vn.cchcdesk.ui.documents.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchcdesk.App;
import vn.cchcdesk.store.demo.DemoSpec;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.common.UiContext;

/**
 * The half second: a 10-page plan dropped, read and extracted, then the review filled —
 * the view model (catalogue, unit matches, citation links, arrival number, duplicate check, on a
 * register of a few years' demo documents) and the dialog's nodes laid out. Prints
 * "bench: review-10p-read", "-model", "-view" and "-total" in ms: medians of ten runs once warm,
 * as every drop after the first is in the running app. Run with {@code mvn -B -Pbench verify}.
 */
@Tag("benchmark")
class ReviewBenchmarkTest {

    private static final int WARM_UP = 5;
    private static final int RUNS = 10;
    private static final String STYLESHEET = ReviewBenchmarkTest.class.getResource("/vn/cchcdesk/ui/app.css").toExternalForm();

    @TempDir
    Path dir;
    private App app;

    @BeforeEach
    void open() throws Exception {
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
        app.demoData().generate(new DemoSpec(2_000, 1_500, 600, 3, 7L));
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet())).get();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void tenPagePlanReadAndReviewFilled() throws Exception {
        Path file = tenPagePlan(dir.resolve("ke-hoach-10-trang.docx"));
        UiContext ui = ShellTestSupport.context(new ArrayList<>());
        DirectiveReading reading = new DirectiveReading(app.intake(), app.documents(), app.catalog(), app.settings());
        // wall time as the clerk waits, and the CPU time of the thread doing it (the machine is shared)
        long[][] wall = new long[3][RUNS];
        long[][] cpu = new long[3][RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long[] at = new long[8];
            at[0] = System.nanoTime();
            at[1] = threads.getCurrentThreadCpuTime();
            DirectiveReading.Read read = reading.read(file);
            at[2] = System.nanoTime();
            at[3] = threads.getCurrentThreadCpuTime();
            AtomicReference<DirectiveReviewViewModel> review = new AtomicReference<>();
            long[] fx = new long[6];
            WaitForAsyncUtils.asyncFx(() -> {
                fx[0] = System.nanoTime();
                fx[1] = threads.getCurrentThreadCpuTime();
                review.set(new DirectiveReviewViewModel(read, app.documents(), ui));
                fx[2] = System.nanoTime();
                fx[3] = threads.getCurrentThreadCpuTime();
                DirectiveReviewDialog dialog = new DirectiveReviewDialog(null, review.get(), "Tệp 1/1", 0, row -> { }, () -> { }, r -> { });
                // the dialog's own scene, styled as the app styles it, laid out at the dialog's size
                Scene scene = dialog.getDialogPane().getScene();
                scene.getStylesheets().add(STYLESHEET);
                dialog.getDialogPane().applyCss();
                dialog.getDialogPane().resize(1240, 760);
                dialog.getDialogPane().layout();
                fx[4] = System.nanoTime();
                fx[5] = threads.getCurrentThreadCpuTime();
            }).get();
            assertThat(review.get().assignments()).hasSizeGreaterThan(40);
            if (i >= WARM_UP) {
                int r = i - WARM_UP;
                wall[0][r] = at[2] - at[0];
                cpu[0][r] = at[3] - at[1];
                wall[1][r] = fx[2] - fx[0];
                cpu[1][r] = fx[3] - fx[1];
                wall[2][r] = fx[4] - fx[2];
                cpu[2][r] = fx[5] - fx[3];
            }
        }
        String[] names = {"read", "model", "view"};
        long totalWall = 0;
        long totalCpu = 0;
        for (int k = 0; k < 3; k++) {
            System.out.println("bench: review-10p-" + names[k] + " " + median(wall[k]) + " ms");
            System.out.println("bench: review-10p-" + names[k] + "-cpu " + median(cpu[k]) + " ms");
            totalWall += median(wall[k]);
            totalCpu += median(cpu[k]);
        }
        System.out.println("bench: review-10p-total " + totalWall + " ms");
        System.out.println("bench: review-10p-total-cpu " + totalCpu + " ms");
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }

    /** A commune plan of about ten pages: header table, citations, fourteen sections per unit with items and time frames. */
    private static Path tenPagePlan(Path file) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable header = document.createTable(2, 2);
            header.getRow(0).getCell(0).setText("ỦY BAN NHÂN DÂN XÃ AN BÌNH");
            header.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc");
            header.getRow(1).getCell(0).setText("Số: 132-KH/UBND");
            header.getRow(1).getCell(1).setText("An Bình, ngày 15 tháng 01 năm 2026");
            List<String> body = new ArrayList<>(List.of("KẾ HOẠCH", "Tuyên truyền cải cách hành chính nhà nước năm 2026",
                    "Căn cứ Quyết định số 049/QĐ-BNV ngày 15 tháng 7 năm 2021 của Bộ Nội vụ về việc phê duyệt Đề án tuyên truyền;",
                    "Thực hiện Kế hoạch số 25/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026;"));
            String[] units = {"Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ sự nghiệp công", "Văn phòng HĐND và UBND", "Phòng Kinh tế",
                    "Trung tâm Phục vụ hành chính công", "Công an xã"};
            for (int s = 0; s < 14; s++) {
                body.add((s + 1) + ". " + units[s % units.length]);
                for (int i = 0; i < 5; i++) {
                    body.add("- Chủ trì, phối hợp với Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã tổ chức tuyên truyền về cải cách "
                            + "thủ tục hành chính, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt trên hệ thống truyền thanh cơ sở, "
                            + "Trang thông tin điện tử và các nền tảng mạng xã hội; bảo đảm tối thiểu 02 tin, bài mỗi tháng, hoàn thành "
                            + "trước ngày " + (10 + i) + "/" + (s % 12 + 1) + "/2026.");
                }
                body.add("Thời gian thực hiện: Thường xuyên trong năm 2026.");
            }
            body.add("Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2026./.");
            body.forEach(text -> document.createParagraph().createRun().setText(text));
            XWPFTable closing = document.createTable(1, 2);
            closing.getRow(0).getCell(0).setText("Nơi nhận: - UBND huyện (b/c); - Lưu: VT, VHXH.");
            closing.getRow(0).getCell(1).setText("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Đỗ Minh Quang");
            document.write(out);
        }
        return file;
    }
}
