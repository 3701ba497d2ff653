package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import vn.cchcdesk.domain.task.ActivityRef;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;

/**
 * The publicity activities carried out for a task, as its evidence: the linked ones, and a search
 * box listing matches (date, unit, form, title) as the clerk types; a click or Enter links one.
 */
final class ActivityEvidence {

    private static final double MATCH_HEIGHT = 46;

    private ActivityEvidence() {
    }

    static String line(ActivityRef a) {
        return Messages.get("tasks.form.activityLine", Formats.date(a.date()), a.unitName(), a.formName());
    }

    static Node editor(TaskFormViewModel form) {
        VBox lines = new VBox(4);
        lines.setId("activityList");
        Runnable redraw = () -> {
            lines.getChildren().clear();
            if (form.activityLinks().activities().isEmpty()) {
                Label none = new Label(Messages.get("tasks.form.noActivities"));
                none.getStyleClass().add(Styles.TEXT_MUTED);
                lines.getChildren().add(none);
            }
            for (ActivityRef a : form.activityLinks().activities()) {
                Label title = new Label(line(a) + " — " + a.title(), new FontIcon(MaterialDesignB.BULLHORN_OUTLINE));
                title.setWrapText(true);
                title.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(title, Priority.ALWAYS);
                Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
                remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
                remove.setAccessibleText(Messages.get("common.delete"));
                remove.setOnAction(e -> form.activityLinks().removeActivity(a));
                HBox row = new HBox(8, title, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().add("record-line");
                lines.getChildren().add(row);
            }
        };
        form.activityLinks().activities().addListener((ListChangeListener<ActivityRef>) c -> redraw.run());
        redraw.run();

        TextField field = new TextField();
        field.setId("activitySearch");
        field.setPromptText(Messages.get("tasks.form.activityPrompt"));
        field.textProperty().bindBidirectional(form.activityLinks().activityQueryProperty());
        ListView<ActivityRef> matches = new ListView<>(form.activityLinks().activityMatches());
        matches.setId("activityMatches");
        matches.getStyleClass().add("document-matches");
        matches.setFixedCellSize(MATCH_HEIGHT);
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ActivityRef a, boolean empty) {
                super.updateItem(a, empty);
                setText(null);
                if (empty || a == null) {
                    setGraphic(null);
                    return;
                }
                Label head = new Label(line(a));
                head.getStyleClass().add("match-title");
                Label title = new Label(a.title());
                title.getStyleClass().add("match-summary");
                setGraphic(new VBox(1, head, title));
            }
        });
        Runnable resize = () -> {
            int n = form.activityLinks().activityMatches().size();
            matches.setVisible(n > 0);
            matches.setManaged(n > 0);
            matches.setPrefHeight(n * MATCH_HEIGHT + 4);
            matches.setMaxHeight(n * MATCH_HEIGHT + 4);
        };
        form.activityLinks().activityMatches().addListener((ListChangeListener<ActivityRef>) c -> resize.run());
        resize.run();
        matches.setOnMouseClicked(e -> pick(matches, form));
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick(matches, form);
                e.consume();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !form.activityLinks().activityMatches().isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && form.activityLinks().activityMatches().size() == 1) {
                form.activityLinks().addActivity(form.activityLinks().activityMatches().get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                form.activityLinks().activityQueryProperty().set("");
            }
        });
        return new VBox(6, lines, field, matches, Errors.label(form.errors(), "activities"));
    }

    private static void pick(ListView<ActivityRef> matches, TaskFormViewModel form) {
        ActivityRef a = matches.getSelectionModel().getSelectedItem();
        if (a != null) {
            form.activityLinks().addActivity(a);
        }
    }
}
