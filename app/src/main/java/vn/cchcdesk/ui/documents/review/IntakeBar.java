package vn.cchcdesk.ui.documents.review;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;

/**
 * Above the register while files are read: a spinner with the file being read; after, the files
 * that could not be read, each with its message, until the clerk closes the list.
 */
public final class IntakeBar extends VBox {

    public IntakeBar(IntakeQueue queue) {
        setId("intakeBar");
        setSpacing(6);
        setPadding(new Insets(0, 12, 8, 12));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label reading = new Label();
        reading.setId("intakeReading");
        reading.textProperty().bind(queue.statusProperty());
        HBox busy = new HBox(8, spinner, reading);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(queue.readingProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Label title = new Label();
        title.setId("intakeProblemsTitle");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        title.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("documents.intake.problems", Formats.integer(queue.problems().size())), queue.problems()));
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.setId("intakeProblemsClose");
        close.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL);
        close.setOnAction(e -> queue.problems().clear());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox lines = new VBox(2);
        lines.setId("intakeProblems");
        queue.problems().addListener((ListChangeListener<IntakeQueue.Problem>) change -> lines.getChildren().setAll(
                queue.problems().stream().map(p -> {
                    Label line = new Label("• " + p.message());
                    line.setWrapText(true);
                    return line;
                }).toList()));
        VBox problems = new VBox(4, new HBox(8, title, grow, close), lines);
        problems.getStyleClass().add("intake-problems");
        problems.setPadding(new Insets(8, 12, 8, 12));
        problems.visibleProperty().bind(Bindings.isNotEmpty(queue.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        getChildren().addAll(busy, problems);
        visibleProperty().bind(busy.visibleProperty().or(problems.visibleProperty()));
        managedProperty().bind(visibleProperty());
    }
}
