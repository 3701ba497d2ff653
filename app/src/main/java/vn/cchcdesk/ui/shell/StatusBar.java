package vn.cchcdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.TaskHandle;

/** Bottom line: the last message, the running background task with its progress and cancel, the data folder. */
public final class StatusBar extends HBox {

    private final Label message = new Label();
    private final Label taskTitle = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
    private final PauseTransition fade = new PauseTransition(Duration.seconds(6));
    private TaskHandle shown;

    public StatusBar(String location, ObservableList<TaskHandle> running) {
        setId("statusBar");
        getStyleClass().add("app-status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 12, 4, 12));
        message.setId("statusMessage");
        progress.setPrefWidth(160);
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancel.setTooltip(new javafx.scene.control.Tooltip(Messages.get("common.cancel")));
        cancel.setOnAction(e -> {
            if (shown != null) {
                shown.cancel();
            }
        });
        Label folder = new Label(location, new FontIcon(MaterialDesignD.DATABASE_OUTLINE));
        folder.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        folder.setTooltip(new javafx.scene.control.Tooltip(Messages.get("shell.dataFolder", location)));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(message, grow, taskTitle, progress, cancel, folder);
        fade.setOnFinished(e -> message.setText(""));
        running.addListener((ListChangeListener<TaskHandle>) change -> showTask(running.isEmpty() ? null : running.get(running.size() - 1)));
        showTask(null);
    }

    public void say(String text) {
        message.setText(text);
        fade.playFromStart();
    }

    private void showTask(TaskHandle task) {
        shown = task;
        boolean visible = task != null && !task.title().isEmpty();
        taskTitle.setVisible(visible);
        progress.setVisible(visible);
        cancel.setVisible(visible && task.cancellable());
        if (visible) {
            taskTitle.setText(task.title());
            progress.progressProperty().bind(task.progressProperty());
        } else {
            progress.progressProperty().unbind();
        }
    }
}
