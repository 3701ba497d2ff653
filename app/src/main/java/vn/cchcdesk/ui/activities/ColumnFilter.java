package vn.cchcdesk.ui.activities;

import atlantafx.base.theme.Styles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;

/**
 * An Excel-like filter on a column header: a funnel that opens a list of the column's values with
 * check boxes (and a box to find one); the ticked values become the filter's set of ids, none
 * ticked or all ticked meaning "any".
 */
final class ColumnFilter<T> {

    private final ObjectProperty<Set<Long>> chosen;
    private final List<T> values;
    private final Function<T, Long> id;
    private final Function<T, String> label;
    private final Button funnel = new Button(null, new FontIcon(MaterialDesignF.FILTER_OUTLINE));

    private ColumnFilter(TableColumn<?, ?> column, String columnId, ObjectProperty<Set<Long>> chosen, List<T> values,
                         Function<T, Long> id, Function<T, String> label) {
        this.chosen = chosen;
        this.values = values;
        this.id = id;
        this.label = label;
        funnel.setId(columnId + "Filter");
        funnel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "column-filter");
        funnel.setFocusTraversable(false);
        funnel.setOnAction(e -> menu().show(funnel, javafx.geometry.Side.BOTTOM, 0, 0));
        chosen.addListener((o, was, now) -> funnel.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("active"), !now.isEmpty()));
        column.setGraphic(funnel);
    }

    static <T> void install(TableColumn<?, ?> column, String columnId, ObjectProperty<Set<Long>> chosen, List<T> values,
                            Function<T, Long> id, Function<T, String> label) {
        new ColumnFilter<>(column, columnId, chosen, values, id, label);
    }

    private ContextMenu menu() {
        VBox boxes = new VBox(4);
        List<CheckBox> checks = values.stream().map(v -> {
            CheckBox box = new CheckBox(label.apply(v));
            box.setSelected(chosen.get().contains(id.apply(v)));
            box.setUserData(v);
            return box;
        }).toList();
        boxes.getChildren().setAll(checks);
        TextField find = new TextField();
        find.setPromptText(Messages.get("activities.columnFilter.find"));
        find.textProperty().addListener((o, was, now) -> {
            for (CheckBox box : checks) {
                boolean shown = VietnameseText.matchesAllWords(VietnameseText.fold(box.getText()), now);
                box.setVisible(shown);
                box.setManaged(shown);
            }
        });
        ScrollPane scroll = new ScrollPane(boxes);
        scroll.setPrefViewportHeight(Math.min(260, checks.size() * 26.0));
        scroll.setPrefViewportWidth(300);
        scroll.setFitToWidth(true);
        Button all = new Button(Messages.get("activities.columnFilter.all"));
        all.getStyleClass().add(Styles.SMALL);
        all.setOnAction(e -> checks.forEach(b -> b.setSelected(false)));
        Button apply = new Button(Messages.get("activities.columnFilter.apply"));
        apply.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        Label hint = new Label(Messages.get("activities.columnFilter.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox content = new VBox(6, find, scroll, hint, new HBox(6, all, apply));
        content.setPadding(new Insets(6));
        CustomMenuItem item = new CustomMenuItem(content, false);
        ContextMenu menu = new ContextMenu(item);
        apply.setOnAction(e -> {
            Set<Long> ids = new HashSet<>();
            for (CheckBox box : checks) {
                if (box.isSelected()) {
                    @SuppressWarnings("unchecked")
                    T value = (T) box.getUserData();
                    ids.add(id.apply(value));
                }
            }
            chosen.set(ids.size() == checks.size() ? Set.of() : Set.copyOf(ids));
            menu.hide();
        });
        return menu;
    }
}
