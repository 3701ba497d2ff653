package vn.cchcdesk.ui.tasks;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.i18n.Messages;

/**
 * A search box for documents with the first matches listed under it as the clerk types; a click
 * or Enter on a match picks it. The list is hidden while the box is empty.
 */
final class DocumentSearch extends VBox {

    private final TextField field = new TextField();

    DocumentSearch(String id, DocumentChoices choices, String promptKey, Consumer<DocumentRef> onPick) {
        super(4);
        field.setId(id + "Search");
        field.setPromptText(Messages.get(promptKey));
        field.textProperty().bindBidirectional(choices.queryProperty());

        ListView<DocumentRef> matches = new ListView<>(choices.matches());
        matches.setId(id + "Matches");
        matches.getStyleClass().add("document-matches");
        matches.setFixedCellSize(46);
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentRef ref, boolean empty) {
                super.updateItem(ref, empty);
                if (empty || ref == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(TaskLabels.directive(ref));
                title.getStyleClass().add("match-title");
                Label summary = new Label(ref.summary());
                summary.getStyleClass().add("match-summary");
                setGraphic(new VBox(1, title, summary));
                setText(null);
            }
        });
        Runnable resize = () -> {
            int n = choices.matches().size();
            matches.setVisible(n > 0);
            matches.setManaged(n > 0);
            matches.setPrefHeight(n * 46 + 4);
            matches.setMaxHeight(n * 46 + 4);
        };
        choices.matches().addListener((javafx.collections.ListChangeListener<DocumentRef>) c -> resize.run());
        resize.run();
        matches.setOnMouseClicked(e -> pick(matches, onPick));
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick(matches, onPick);
                e.consume();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !choices.matches().isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && choices.matches().size() == 1) {
                onPick.accept(choices.matches().get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                choices.clear();
            }
        });
        getChildren().addAll(field, matches);
    }

    private static void pick(ListView<DocumentRef> matches, Consumer<DocumentRef> onPick) {
        DocumentRef ref = matches.getSelectionModel().getSelectedItem();
        if (ref != null) {
            onPick.accept(ref);
        }
    }

    TextField field() {
        return field;
    }
}
