package vn.cchcdesk.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchcdesk.App;
import vn.cchcdesk.report.ReportFixture;
import vn.cchcdesk.ui.common.FxTaskRunner;
import vn.cchcdesk.ui.shell.Shell;

/**
 * Báo cáo with the app's own threaded runner, not the synchronous one of the other UI tests: the
 * preview computed in the background, an export showing its progress and Dừng while it runs and
 * stopped by it without a file, an export to its end, and In… (double-clicked) opening one preview
 * once its pages are cut in the background. Waits for the background work; asserts no timings.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsThreadedUiTest {

    @TempDir
    Path dir;
    private FxTaskRunner runner;
    private Shell shell;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data");
        ReportFixture.open(data).close();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        runner = new FxTaskRunner();
        shell = new Shell(stage, folder -> App.open(folder, ReportFixture.CLOCK), runner, FXCollections.observableArrayList(),
                ReportFixture.CLOCK);
        shell.start(data, () -> { });
    }

    @AfterEach
    void close() {
        shell.close();
        runner.close();
    }

    private static void waitUntil(FxRobot robot, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            AtomicReference<Boolean> met = new AtomicReference<>(false);
            robot.interact(() -> met.set(condition.getAsBoolean()));
            return met.get();
        });
    }

    private ReportFiles savingIn(Path folder) {
        return new ReportFiles() {
            @Override
            public Optional<Path> saveAs(Window owner, String titleKey, String suggestedName, String filterKey, String extension) {
                return Optional.of(folder.resolve(suggestedName));
            }

            @Override
            public Optional<Path> open(Window owner, String titleKey, String filterKey, String extension) {
                return Optional.empty();
            }
        };
    }

    @Test
    void exportsAndThePrintPreviewRunInTheBackground(FxRobot robot) throws Exception {
        waitUntil(robot, () -> robot.lookup("#nav-reports").tryQuery().isPresent());
        robot.clickOn("#nav-reports");
        ReportsViewModel model = (ReportsViewModel) robot.lookup("#reportsView").query().getProperties().get(ReportsViewModel.class);
        waitUntil(robot, () -> model.previewProperty().get() != null);
        assertThat(robot.lookup("#reportsPrint").queryButton().isDisabled()).isFalse();
        model.setFiles(savingIn(dir));
        Path xlsx = dir.resolve("Biểu số liệu CCHC quý II năm 2026.xlsx");

        // started and stopped within one turn of the FX thread, so the task cannot have ended in between
        AtomicReference<Boolean> progressShown = new AtomicReference<>();
        robot.interact(() -> {
            robot.lookup("#reportsExportXlsx").queryButton().fire();
            progressShown.set(model.runningProperty().get() != null && robot.lookup("#reportsProgress").query().isVisible());
            robot.lookup("#reportsCancel").queryButton().fire();
        });
        assertThat(progressShown.get()).as("progress and Dừng while the export runs").isTrue();
        waitUntil(robot, () -> !model.busyProperty().get());
        assertThat(xlsx).as("stopped: no file").doesNotExist();
        try (var listed = Files.list(dir)) {
            assertThat(listed.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".~"));
        }
        assertThat(robot.lookup("#reportsProgress").query().isVisible()).isFalse();

        robot.clickOn("#reportsExportXlsx");
        waitUntil(robot, () -> xlsx.equals(model.lastWrittenProperty().get()));
        assertThat(xlsx).isNotEmptyFile();
        assertThat(model.runningProperty().get()).isNull();

        // a double click on In…: one preview, the second click landing while the pages are cut
        robot.doubleClickOn("#reportsPrint");
        waitUntil(robot, () -> robot.lookup("#printPreview").tryQuery().isPresent());
        waitUntil(robot, () -> runner.running().isEmpty());
        assertThat(robot.lookup("#printPreview").queryAll()).hasSize(1);
        assertThat(robot.lookup("#printPageLabel").queryAs(Label.class).getText()).startsWith("Trang 1/");
        robot.clickOn("#printClose");
        assertThat(robot.lookup("#printPreview").tryQuery()).isEmpty();
    }
}
