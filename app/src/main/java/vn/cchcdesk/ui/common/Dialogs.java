package vn.cchcdesk.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import vn.cchcdesk.i18n.Messages;

/** Dialogs in Vietnamese: an error with details on demand, a yes/no confirmation, information. */
public final class Dialogs {

    private Dialogs() {
    }

    public static void error(Window owner, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("common.error.title"));
        alert.setHeaderText(null);
        alert.setContentText(ErrorMessages.describe(error));
        TextArea details = new TextArea(ErrorMessages.details(error));
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        alert.getButtonTypes().setAll(new ButtonType(Messages.get("common.close"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    public static boolean confirm(Window owner, String title, String text, String confirmLabel) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setContentText(text);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    public static void info(Window owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setContentText(text);
        alert.getButtonTypes().setAll(new ButtonType(Messages.get("common.close"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }
}
