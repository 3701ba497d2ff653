package vn.cchcdesk.ui;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.App;
import vn.cchcdesk.ui.shell.Shell;

@ExtendWith(ApplicationExtension.class)
class ScratchDumpTest {
    @TempDir
    static Path dir;
    Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        Path data = dir.resolve("d");
        ShellTestSupport.setUpCommune(data);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            var m = Class.forName("vn.cchcdesk.ui.tasks.TaskDemoData").getDeclaredMethod("fill", App.class);
            m.setAccessible(true);
            m.invoke(null, app);
        }
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @Test
    void dump(FxRobot robot) {
        robot.clickOn("#nav-tasks");
        for (Node n : robot.lookup("#taskTable .table-row-cell").queryAll()) {
            TableRow<?> r = (TableRow<?>) n;
            for (Node c : r.getChildrenUnmodifiable()) {
                if (c instanceof javafx.scene.control.TableCell<?, ?> cell) {
                    System.out.println("  CELL w=" + cell.getWidth() + " h=" + cell.getHeight() + " prefH=" + cell.prefHeight(cell.getWidth()) + " graphic=" + cell.getGraphic());
                    if (cell.getGraphic() instanceof javafx.scene.layout.VBox v) {
                        for (Node k : v.getChildren()) {
                            System.out.println("    " + k + " prefH=" + k.prefHeight(-1) + " prefW=" + k.prefWidth(-1));
                        }
                    }
                }
            }
            System.out.println("ROW " + r.getIndex() + " h=" + r.getHeight() + " y=" + r.getLayoutY() + " item=" + (r.getItem() == null ? null : r.getItem().getClass().getSimpleName()));
        }
        shell.close();
    }
}
