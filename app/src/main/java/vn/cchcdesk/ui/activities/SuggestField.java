package vn.cchcdesk.ui.activities;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A text field that suggests as the clerk types, with the suggestions listed right under it (not
 * in a pop-up window, so the keyboard never leaves the field): Down and Up move through them,
 * Enter takes the highlighted one, Esc closes the list. In choice mode the field stands for a
 * value (a unit, a form, a task) and typing clears it until a suggestion is taken; in free mode
 * (titles) the text is the value and a suggestion only completes it.
 */
public final class SuggestField<T> extends VBox {

    /** Key under which the text field knows its suggest field (the form's Enter handling looks it up). */
    static final String KEY = "suggestField";
    private static final int ROWS_SHOWN = 5;
    private static final double ROW_HEIGHT = 26;

    private final TextField field = new TextField();
    private final ListView<T> list = new ListView<>();
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final Function<T, String> label;
    private final boolean free;
    private BiConsumer<String, Consumer<List<T>>> source = (text, result) -> result.accept(List.of());
    private boolean quiet;

    private SuggestField(Function<T, String> label, boolean free) {
        super(2);
        this.label = label;
        this.free = free;
        field.getProperties().put(KEY, this);
        list.getStyleClass().add("suggestions");
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        list.setOnMouseClicked(e -> accept());
        list.managedProperty().bind(list.visibleProperty());
        list.setVisible(false);
        getChildren().addAll(field, list);
        field.textProperty().addListener((o, was, now) -> typed(now));
        value.addListener((o, was, now) -> {
            if (!free) {
                show(now == null ? (quiet ? field.getText() : "") : label.apply(now));
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                close();
                if (!free && value.get() != null) {
                    show(label.apply(value.get()));
                }
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    /** A field standing for a value picked among suggestions. */
    public static <T> SuggestField<T> choice(Function<T, String> label) {
        return new SuggestField<>(label, false);
    }

    /** A free text field whose suggestions complete it. */
    public static SuggestField<String> free() {
        return new SuggestField<>(s -> s, true);
    }

    /** Where suggestions come from: called with the text typed, answers (maybe later) with the matches. */
    public void setSource(BiConsumer<String, Consumer<List<T>>> source) {
        this.source = source;
    }

    private void typed(String text) {
        if (quiet) {
            return;
        }
        if (!free && value.get() != null) {
            quiet = true;
            value.set(null);
            quiet = false;
        }
        if (!field.isFocused()) {
            return;
        }
        source.accept(text, matches -> {
            if (!field.isFocused()) {
                return;
            }
            list.getItems().setAll(matches);
            boolean any = !matches.isEmpty() && !(free && matches.size() == 1 && matches.get(0).equals(text));
            list.setVisible(any);
            list.setPrefHeight(Math.min(ROWS_SHOWN, matches.size()) * ROW_HEIGHT + 4);
            if (any) {
                list.getSelectionModel().select(free ? -1 : 0);
            }
        });
    }

    private void keys(KeyEvent e) {
        if (!list.isVisible()) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        if (e.getCode() == KeyCode.DOWN) {
            list.getSelectionModel().select(Math.min(list.getItems().size() - 1, at + 1));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
            e.consume();
        } else if (e.getCode() == KeyCode.UP) {
            list.getSelectionModel().select(Math.max(0, at - 1));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        }
    }

    /** Takes the highlighted suggestion (Enter); true when one was taken. */
    public boolean accept() {
        T chosen = list.isVisible() ? list.getSelectionModel().getSelectedItem() : null;
        close();
        if (chosen == null) {
            return false;
        }
        if (free) {
            show(label.apply(chosen));
        } else {
            value.set(chosen);
        }
        field.positionCaret(field.getText().length());
        return true;
    }

    private void close() {
        list.setVisible(false);
        list.getItems().clear();
    }

    private void show(String text) {
        quiet = true;
        try {
            field.setText(text);
        } finally {
            quiet = false;
        }
    }

    public TextField field() {
        return field;
    }

    public ListView<T> suggestions() {
        return list;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }
}
