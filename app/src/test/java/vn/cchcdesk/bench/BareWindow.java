package vn.cchcdesk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.cchcdesk.ui.shell.FirstFrame;
import vn.cchcdesk.ui.shell.StartupProbe;

/** The yardstick of the startup benchmark: the smallest JavaFX window, timed like the app's first frame. */
public final class BareWindow extends Application {

    /** Started through this class: the java launcher refuses a main class that extends Application from the class path. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("CCHC Desk")), 1280, 800));
        stage.show();
        FirstFrame.then(() -> {
            StartupProbe.report(System.out);
            Platform.exit();
        });
    }
}
