package vn.cchcdesk.ui.activities;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import vn.cchcdesk.App;
import vn.cchcdesk.ui.common.FxTaskRunner;
import vn.cchcdesk.ui.shell.Shell;

/**
 * For looking at the activities screen on a virtual display (../shared/tools/screenshot.sh):
 * {@code -Ddata=DIR -Dnow=… -Dtab=1 -Drow=0 -Dsearch=words -Dscroll=true} (scroll: the entry form to its end).
 */
public final class ActivitiesScreenshot extends Application {

    /** A main class apart from the Application (the java launcher refuses an Application subclass on the class path). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(ActivitiesScreenshot.class, args);
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

    private static void whenShown(Shell shell, Stage stage) {
        if (shell.mainView().isEmpty()) {
            later(300, () -> whenShown(shell, stage));
            return;
        }
        shell.mainView().get().show("activities");
        later(2500, () -> {
            if (stage.getScene().lookup("#activityTabs") instanceof TabPane tabs) {
                tabs.getSelectionModel().select(Integer.getInteger("tab", 0));
            }
            String search = System.getProperty("search");
            if (search != null && stage.getScene().lookup("#activitySearch") instanceof javafx.scene.control.TextField f) {
                f.setText(search);
            }
            String row = System.getProperty("row");
            if (row != null && stage.getScene().lookup("#activityTable") instanceof TableView<?> table) {
                selectWhenLoaded(table, Integer.parseInt(row));
            }
        });
    }

    private static void selectWhenLoaded(TableView<?> table, int row) {
        if (table.getItems().isEmpty()) {
            later(500, () -> selectWhenLoaded(table, row));
            return;
        }
        table.requestFocus();
        table.getSelectionModel().select(row);
        if (Boolean.getBoolean("scroll") && table.getScene().lookup(".activity-entry-scroll") instanceof javafx.scene.control.ScrollPane form) {
            later(2000, () -> form.setVvalue(1));
        }
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
