package vn.cchcdesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import vn.cchcdesk.App;
import vn.cchcdesk.ui.common.FxTaskRunner;
import vn.cchcdesk.ui.shell.Shell;

/**
 * For looking at a screen on a virtual display (../shared/tools/screenshot.sh): the real window on
 * a data folder at a fixed time, opened on a screen and tab, optionally with a search typed, a
 * line selected, a form scrolled or a button pressed:
 * <pre>
 * -Ddata=DIR -Dscreen=tasks|activities|… -Dnow=2026-05-20T02:00:00Z
 * -Dtab=1                        the screen's tab (#taskTabs, #activityTabs, #collectTabs, #parTabs)
 * -Dsearch=words                 typed into the screen's search field (#taskSearch, #activitySearch)
 * -Drow=3 [-Dtable=#taskTable]   a line of a table selected once it has loaded (#activityTable on activities)
 * -Dcell=4:2                     the matrix's cell in line 4, unit column 2, selected
 * -Dpick=#someList:3             a line of a list selected
 * -Dscroll=0.7                   the open form scrolled (1: to its end)
 * -Dclick=#someId[,#other]       buttons pressed, 1.5 s apart, in any window (#matrixPrint,#printPrint: the preview, then In), or tabs chosen
 * -Ddrop=FILE[,FILE]             files dropped on the window as the clerk would (e.g. a directive: its review opens)
 * -Dsettle=1500                  milliseconds to wait for the screen before all that
 * -Dsize=1280x730                the window's size (a virtual display has no window manager to maximize it)
 * </pre>
 */
public final class ScreenshotApp extends Application {

    private static final String[] TABS = {"#taskTabs", "#activityTabs", "#collectTabs", "#parTabs"};
    private static final String[] FORMS = {".task-form", ".activity-entry-scroll"};

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
        String size = System.getProperty("size");
        if (size != null) {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Double.parseDouble(size.split("x")[0]));
            stage.setHeight(Double.parseDouble(size.split("x")[1]));
        }
        shell.mainView().get().show(System.getProperty("screen", "dashboard"));
        later(Integer.getInteger("settle", 1500), () -> arrange(stage.getScene()));
        String drop = System.getProperty("drop");
        if (drop != null) {
            // the call the window's drag-and-drop handler makes, so no file chooser is needed
            later(Integer.getInteger("settle", 1500) + 500L, () -> shell.mainView().get()
                    .dropFiles(java.util.Arrays.stream(drop.split(",")).map(Path::of).toList()));
        }
    }

    private static void arrange(Scene scene) {
        if (first(scene, TABS) instanceof TabPane tabs) {
            tabs.getSelectionModel().select(Integer.getInteger("tab", 0));
        }
        boolean tasks = "tasks".equals(System.getProperty("screen"));
        String search = System.getProperty("search");
        if (search != null && scene.lookup(tasks ? "#taskSearch" : "#activitySearch") instanceof TextField field) {
            field.setText(search);
        }
        String row = System.getProperty("row");
        if (row != null && scene.lookup(System.getProperty("table", tasks ? "#taskTable" : "#activityTable")) instanceof TableView<?> table) {
            selectWhenLoaded(table, Integer.parseInt(row));
        }
        String cell = System.getProperty("cell");
        if (cell != null) {
            // the matrix's tab builds its view when first chosen: select once it is there
            later(1000, () -> {
                if (scene.lookup("#matrixCells") instanceof TableView<?> found) {
                    @SuppressWarnings("unchecked")
                    TableView<Object> matrix = (TableView<Object>) found;
                    matrix.requestFocus();
                    matrix.getSelectionModel().clearAndSelect(Integer.parseInt(cell.split(":")[0]),
                            matrix.getColumns().get(Integer.parseInt(cell.split(":")[1])));
                }
            });
        }
        String pick = System.getProperty("pick");
        if (pick != null && scene.lookup(pick.split(":")[0]) instanceof ListView<?> list) {
            list.getSelectionModel().select(Integer.parseInt(pick.split(":")[1]));
        }
        String scroll = System.getProperty("scroll");
        if (scroll != null) {
            later(1500, () -> {
                if (first(scene, FORMS) instanceof ScrollPane form) {
                    form.setVvalue(Double.parseDouble(scroll));
                }
            });
        }
        String click = System.getProperty("click");
        if (click != null) {
            String[] buttons = click.split(",");
            for (int i = 0; i < buttons.length; i++) {
                String selector = buttons[i];
                later(800 + 1500L * i, () -> press(selector));
            }
        }
    }

    private static void press(String selector) {
        for (javafx.stage.Window window : javafx.stage.Window.getWindows()) {
            if (window.getScene() != null && window.getScene().lookup(selector) instanceof ButtonBase button) {
                button.fire();
                return;
            }
        }
        // a tab is no node a lookup finds: its pane is searched instead (#reviewTabAssignments)
        for (javafx.stage.Window window : javafx.stage.Window.getWindows()) {
            if (window.getScene() == null) {
                continue;
            }
            for (Node node : window.getScene().getRoot().lookupAll(".tab-pane")) {
                ((TabPane) node).getTabs().stream().filter(tab -> selector.equals("#" + tab.getId()))
                        .findFirst().ifPresent(tab -> tab.getTabPane().getSelectionModel().select(tab));
            }
        }
    }

    private static Node first(Scene scene, String... selectors) {
        for (String selector : selectors) {
            Node node = scene.lookup(selector);
            if (node != null) {
                return node;
            }
        }
        return null;
    }

    private static void selectWhenLoaded(TableView<?> table, int row) {
        if (table.getItems().isEmpty()) {
            later(500, () -> selectWhenLoaded(table, row));
            return;
        }
        table.requestFocus();
        table.getSelectionModel().select(row);
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
