package vn.cchcdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.cchcdesk.i18n.Messages;

/** A full-window message: "opening the data…" with a spinner, or a failure with its details and a way out. */
final class MessagePane extends StackPane {

    MessagePane(String text, boolean failure, String details) {
        setId(failure ? "failurePane" : "openingPane");
        Label label = new Label(text);
        label.setId("messageText");
        label.setWrapText(true);
        label.setMaxWidth(640);
        label.getStyleClass().add(failure ? Styles.TITLE_4 : Styles.TEXT_MUTED);
        VBox box = new VBox(16);
        box.setAlignment(Pos.CENTER);
        if (failure) {
            box.getChildren().add(label);
            if (details != null) {
                TextArea area = new TextArea(details);
                area.setEditable(false);
                area.setPrefRowCount(10);
                TitledPane more = new TitledPane(Messages.get("common.details"), area);
                more.setExpanded(false);
                more.setMaxWidth(640);
                box.getChildren().add(more);
            }
            Button exit = new Button(Messages.get("shell.exit"));
            exit.setId("exitButton");
            exit.setOnAction(e -> Platform.exit());
            box.getChildren().add(exit);
        } else {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setMaxSize(48, 48);
            // under the spinner, centred like it (the label is as wide as its 640 px, its text was at the left)
            label.setAlignment(Pos.CENTER);
            label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            box.getChildren().addAll(spinner, label);
        }
        setAlignment(Pos.CENTER);
        getChildren().add(box);
    }
}
