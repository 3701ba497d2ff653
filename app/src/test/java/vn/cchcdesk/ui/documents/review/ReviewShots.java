package vn.cchcdesk.ui.documents.review;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchcdesk.App;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.common.FxTaskRunner;
import vn.cchcdesk.ui.shell.Shell;

/**
 * Not a test: a developer's look at the review and the forms, headless. Drops the given files (if
 * any) on the window of a fresh data folder, then saves a PNG of every window after each step
 * (clicks by id, or waitMS) to OUT_DIR.
 * Run from app/: java -cp target/test-classes:target/classes:$(test class path) \
 *   vn.cchcdesk.ui.documents.review.ReviewShots OUT_DIR "#click1;#click2" FILE...
 */
public final class ReviewShots {

    private ReviewShots() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1366x768-32");
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("review-shots");
        ShellTestSupport.setUpCommune(data);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxTaskRunner runner = new FxTaskRunner();
        Shell[] shell = new Shell[1];
        FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            shell[0] = new Shell(stage, App::open, runner, runner.running(), ShellTestSupport.CLOCK);
            shell[0].start(data, () -> { });
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shell[0].mainView().isPresent());
        List<Path> files = java.util.Arrays.stream(args).skip(2).map(Path::of).toList();
        if (!files.isEmpty()) {
            robot.interact(() -> shell[0].mainView().get().dropFiles(files));
        }
        Thread.sleep(6000);
        shot(out, "00");
        int n = 1;
        for (String step : args[1].isBlank() ? new String[0] : args[1].split(";")) {
            if (step.startsWith("wait")) {
                Thread.sleep(Long.parseLong(step.substring(4)));
            } else {
                robot.clickOn(step);
            }
            Thread.sleep(1500);
            shot(out, String.format("%02d", n++));
        }
        runner.close();
        shell[0].close();
        Platform.exit();
        System.exit(0);
    }

    private static void shot(Path out, String name) throws Exception {
        List<Window> windows = WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows())).get();
        int i = 0;
        for (Window window : windows) {
            Scene scene = window.getScene();
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
            PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < png.getHeight(); y++) {
                for (int x = 0; x < png.getWidth(); x++) {
                    png.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            ImageIO.write(png, "png", out.resolve(name + "-" + (i++) + ".png").toFile());
        }
    }
}
