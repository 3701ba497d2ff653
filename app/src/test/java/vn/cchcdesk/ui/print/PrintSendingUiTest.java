package vn.cchcdesk.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.print.PageRange;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchcdesk.report.print.PageSetup;
import vn.cchcdesk.report.print.PrintDocument;
import vn.cchcdesk.report.print.PrintTable;
import vn.cchcdesk.report.print.TextStyle;
import vn.cchcdesk.ui.common.FxTaskRunner;
import vn.cchcdesk.ui.common.UiContext;

/**
 * In… of the preview with the app's threaded runner and a stand-in printer: the pages sent off the
 * FX thread one by one ("Đang in trang 2/3…", the toolbar disabled meanwhile), Dừng in stopping
 * after the page being sent, the pages chosen in the print dialog; and In… pressed again while a
 * preview is being prepared or shown opening no second one. Waits for the background work; no timings.
 */
@ExtendWith(ApplicationExtension.class)
class PrintSendingUiTest {

    private final List<String> said = new CopyOnWriteArrayList<>();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FxTaskRunner runner;
    private Stage owner;
    private UiContext ui;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner();
        runner.setFailureHandler(errors::add);
        stage.setScene(new Scene(new StackPane(new Label("CCHC Desk")), 900, 640));
        stage.show();
        owner = stage;
        ui = new UiContext(runner, Clock.systemUTC(), () -> stage, said::add, id -> { });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != owner).forEach(Window::hide));
        runner.close();
    }

    /** Biểu 1 of {@code rows} lines: 60 make 3 pages, each footed "Trang x/3". */
    private static PrintDocument document(int rows) {
        PrintTable.Builder table = PrintTable.builder().column(6, TextStyle.plain()).column(60, TextStyle.plain()).header("STT", "Nội dung");
        for (int i = 1; i <= rows; i++) {
            table.row(String.valueOf(i), "dòng " + i);
        }
        return new PrintDocument("Biểu 1", PageSetup.Orientation.LANDSCAPE, List.of(), table.build(), List.of());
    }

    private static void waitUntil(FxRobot robot, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            AtomicReference<Boolean> met = new AtomicReference<>(false);
            robot.interact(() -> met.set(condition.getAsBoolean()));
            return met.get();
        });
    }

    private void open(FxRobot robot, StandInPrinter printer) throws Exception {
        robot.interact(() -> PrintPreviewDialog.open(ui, owner, PrintPreviewDialog.paginate(List.of(document(60))), printer));
        // the printer is asked in the background: In… is enabled once it answered
        waitUntil(robot, () -> !button(robot, "#printPrint").isDisabled());
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    private static String sendingText(FxRobot robot) {
        return robot.lookup("#printSendingText").queryAs(Label.class).getText();
    }

    private static double progress(FxRobot robot) {
        return robot.lookup("#printSendingProgress").queryAs(ProgressBar.class).getProgress();
    }

    private static List<Window> previews() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && "printPreview".equals(w.getScene().getRoot().getId())).toList();
    }

    @Test
    void thePagesGoToThePrinterOffTheFxThreadOneByOneWhileTheButtonsAreDisabled(FxRobot robot) throws Exception {
        StandInPrinter printer = new StandInPrinter();
        open(robot, printer);
        robot.clickOn("#printPrint");
        for (int page = 1; page <= 3; page++) {
            printer.awaitPage();
            String saying = "Đang in trang " + page + "/3…";
            double done = (page - 1) / 3.0;
            waitUntil(robot, () -> saying.equals(sendingText(robot)) && Math.abs(progress(robot) - done) < 1e-9);
            assertThat(robot.lookup("#printSending").query().isVisible()).isTrue();
            for (String id : List.of("#printPrint", "#printClose", "#printNext", "#printLast")) {
                assertThat(button(robot, id).isDisabled()).as("%s while printing", id).isTrue();
            }
            assertThat(button(robot, "#printStop").isDisabled()).isFalse();
            if (page == 1) {
                // the keys too: Ctrl+P opens no second print dialog, Page Down turns no page, Escape closes nothing
                robot.push(KeyCode.SHORTCUT, KeyCode.P);
                robot.push(KeyCode.PAGE_DOWN);
                robot.push(KeyCode.ESCAPE);
                assertThat(robot.lookup("#printPageLabel").queryAs(Label.class).getText()).isEqualTo("Trang 1/3");
                robot.interact(() -> assertThat(previews()).hasSize(1));
            }
            printer.finishPage();
        }
        waitUntil(robot, () -> said.contains("Đã gửi 3 trang tới máy in Máy in thử"));

        assertThat(printer.dialogOnFxThread).as("the print dialog on the FX thread").isTrue();
        assertThat(printer.calls).containsExactly("dialog Biểu 1 3", "page", "page", "page", "end");
        assertThat(printer.pages).hasSize(3).allSatisfy(page -> {
            assertThat(page.fxThread()).as("sent off the FX thread").isFalse();
            assertThat(page.thread()).startsWith("cchc-background-");
            assertThat(page.inAScene()).as("a page node of its own, in no shown scene").isFalse();
        });
        assertThat(printer.pages.get(0).texts()).contains("Trang 1/3", "STT", "Nội dung");
        assertThat(printer.pages.get(2).texts()).contains("Trang 3/3");
        waitUntil(robot, () -> !robot.lookup("#printSending").query().isVisible());
        assertThat(robot.lookup("#printOutcome").queryAs(Label.class)).as("said in the preview too: the status bar is behind it")
                .satisfies(l -> assertThat(l.isVisible()).isTrue())
                .satisfies(l -> assertThat(l.getText()).isEqualTo("Đã gửi 3 trang tới máy in Máy in thử"));
        assertThat(button(robot, "#printPrint").isDisabled()).isFalse();
        assertThat(button(robot, "#printClose").isDisabled()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void dungInStopsAfterThePageBeingSentAndCancelsTheJob(FxRobot robot) throws Exception {
        StandInPrinter printer = new StandInPrinter();
        open(robot, printer);
        robot.clickOn("#printPrint");
        printer.awaitPage();
        printer.finishPage();
        printer.awaitPage();
        waitUntil(robot, () -> "Đang in trang 2/3…".equals(sendingText(robot)));

        robot.clickOn("#printStop");
        waitUntil(robot, () -> said.contains("Đã hủy in"));
        assertThat(robot.lookup("#printOutcome").queryAs(Label.class).getText()).isEqualTo("Đã hủy in");
        // the preview is usable again at once; page 2 is still with the printer
        assertThat(button(robot, "#printPrint").isDisabled()).isFalse();
        assertThat(robot.lookup("#printSending").query().isVisible()).isFalse();
        assertThat(printer.calls).doesNotContain("cancel");

        printer.finishPage();
        waitUntil(robot, () -> printer.calls.contains("cancel"));
        assertThat(printer.calls).containsExactly("dialog Biểu 1 3", "page", "page", "cancel");
        assertThat(printer.cancelledOnFxThread).isFalse();
        assertThat(said).containsExactly("Đã hủy in");
        assertThat(errors).isEmpty();
    }

    @Test
    void onlyThePagesChosenInThePrintDialogAreSent(FxRobot robot) throws Exception {
        StandInPrinter printer = new StandInPrinter(new PageRange(2, 3));
        open(robot, printer);
        robot.clickOn("#printPrint");
        printer.awaitPage();
        waitUntil(robot, () -> "Đang in trang 1/2…".equals(sendingText(robot)));
        printer.finishPage();
        printer.awaitPage();
        printer.finishPage();
        waitUntil(robot, () -> said.contains("Đã gửi 2 trang tới máy in Máy in thử"));
        assertThat(printer.pages).extracting(page -> page.texts().stream().filter(t -> t.startsWith("Trang ")).toList())
                .containsExactly(List.of("Trang 2/3"), List.of("Trang 3/3"));
    }

    @Test
    void inPressedAgainWhileAPreviewIsPreparedOrShownOpensNoSecondOne(FxRobot robot) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger built = new AtomicInteger();
        Supplier<List<PrintDocument>> documents = () -> {
            built.incrementAndGet();
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(document(10));
        };
        // a double click: the second In… while the first preview is still being built
        robot.interact(() -> {
            PrintPreviewDialog.showAll(ui, owner, documents);
            PrintPreviewDialog.showAll(ui, owner, documents);
        });
        gate.countDown();
        waitUntil(robot, () -> previews().size() == 1);
        waitUntil(robot, () -> runner.running().isEmpty());
        // and once more while it is shown
        robot.interact(() -> PrintPreviewDialog.showAll(ui, owner, documents));
        waitUntil(robot, () -> runner.running().isEmpty());
        robot.interact(() -> assertThat(previews()).hasSize(1));
        assertThat(built).hasValue(1);

        robot.clickOn("#printClose");
        robot.interact(() -> assertThat(previews()).isEmpty());
        robot.interact(() -> PrintPreviewDialog.showAll(ui, owner, documents));
        waitUntil(robot, () -> previews().size() == 1);
        assertThat(built).as("closed, the preview opens again").hasValue(2);
    }

    @Test
    void aPreviewThatFailedToBuildLeavesInWorking(FxRobot robot) throws Exception {
        robot.interact(() -> PrintPreviewDialog.show(ui, owner, () -> {
            throw new IllegalStateException("the database is gone");
        }));
        waitUntil(robot, () -> !errors.isEmpty());
        robot.interact(() -> PrintPreviewDialog.show(ui, owner, () -> document(10)));
        waitUntil(robot, () -> previews().size() == 1);
        assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("the database is gone");
    }
}
