package vn.cchcdesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import vn.cchcdesk.App;
import vn.cchcdesk.ui.common.FxTaskRunner;
import vn.cchcdesk.ui.shell.Shell;

/**
 * For looking at a screen on a virtual display (../shared/tools/screenshot.sh): the real window on
 * a data folder at a fixed time, opened on a screen and tab.
 * {@code -Ddata=DIR -Dscreen=tasks -Dtab=1 -Dnow=2026-05-20T02:00:00Z -Dclick=#someId}
 */
public final class ScreenshotApp extends Application {

    /** A main class apart from the Application (the java launcher refuses an Application subclass on the class path). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(ScreenshotApp.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.fixed(Instant.parse(System.getProperty("now", "2026-05-20T02:00:00Z")), ZoneId.of("Asia/Ho_Chi_Minh"));
        FxTaskRunner runner = new FxTaskRunner();
        Shell shell = new Shell(stage, dir -> App.open(dir, clock), runner, runner.running(), clock);
        shell.start(Path.of(System.getProperty("data")), () -> whenShown(shell, stage));
    }

    /** The main window appears once the settings are read, a moment after the folder opened. */
    private static void whenShown(Shell shell, Stage stage) {
        if (shell.mainView().isEmpty()) {
            later(300, () -> whenShown(shell, stage));
            return;
        }
        shell.mainView().get().show(System.getProperty("screen", "dashboard"));
        later(Integer.getInteger("settle", 1500), () -> {
            if (stage.getScene().lookup("#taskTabs") instanceof TabPane tabs) {
                tabs.getSelectionModel().select(Integer.getInteger("tab", 0));
            }
            String row = System.getProperty("row");
            if (row != null && stage.getScene().lookup("#taskTable") instanceof javafx.scene.control.TableView<?> t) {
                t.getSelectionModel().select(Integer.parseInt(row));
            }
            String cell = System.getProperty("cell"); // "4:2": the matrix's cell in line 4, unit column 2, selected
            if (cell != null && stage.getScene().lookup("#matrixCells") instanceof javafx.scene.control.TableView<?> found) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.TableView<Object> m = (javafx.scene.control.TableView<Object>) found;
                m.requestFocus();
                m.getSelectionModel().clearAndSelect(Integer.parseInt(cell.split(":")[0]), m.getColumns().get(Integer.parseInt(cell.split(":")[1])));
            }
            String pick = System.getProperty("pick"); // "#someList:3" selects a line of a list
            if (pick != null && stage.getScene().lookup(pick.split(":")[0]) instanceof javafx.scene.control.ListView<?> list) {
                list.getSelectionModel().select(Integer.parseInt(pick.split(":")[1]));
            }
            String scroll = System.getProperty("scroll"); // "0.7": the task form scrolled down
            if (scroll != null && stage.getScene().lookup(".task-form") instanceof javafx.scene.control.ScrollPane form) {
                later(1500, () -> form.setVvalue(Double.parseDouble(scroll)));
            }
            String click = System.getProperty("click");
            if (click != null) {
                later(800, () -> {
                    if (stage.getScene().lookup(click) instanceof javafx.scene.control.ButtonBase b) {
                        b.fire();
                    }
                });
            }
        });
    }

    private static void later(long millis, Runnable action) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(action);
        });
        t.setDaemon(true);
        t.start();
    }
}
