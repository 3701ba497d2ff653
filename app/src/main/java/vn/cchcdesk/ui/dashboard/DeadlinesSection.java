package vn.cchcdesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.dashboard.DeadlinesViewModel.Deadline;

/** Counts of the tasks followed, then two lists: overdue, and due in the next 7 days; a click opens the task. */
public final class DeadlinesSection implements DashboardSection {

    static final int SHOWN = 10;

    private final DeadlinesViewModel model;
    private final Consumer<Long> openTask;

    public DeadlinesSection(DeadlinesViewModel model, Consumer<Long> openTask) {
        this.model = model;
        this.openTask = openTask;
    }

    @Override
    public Node view() {
        HBox tiles = new HBox(12,
                tile("tileOpen", "dashboard.tile.open", model.openProperty(), MaterialDesignC.CLIPBOARD_TEXT_CLOCK_OUTLINE, "tile-open"),
                tile("tileOverdue", "dashboard.tile.overdue", sizeOf(model.overdue()), MaterialDesignA.ALERT_CIRCLE_OUTLINE, "tile-overdue"),
                tile("tileSoon", "dashboard.tile.soon", sizeOf(model.dueSoon()), MaterialDesignT.TIMER_SAND, "tile-soon"),
                tile("tileDone", "dashboard.tile.done", model.doneProperty(), MaterialDesignC.CHECK_CIRCLE_OUTLINE, "tile-done"));
        Node overdue = card("overdueList", "dashboard.overdue.title", "dashboard.overdue.empty", model.overdue(), true);
        Node soon = card("dueSoonList", "dashboard.soon.title", "dashboard.soon.empty", model.dueSoon(), false);
        HBox.setHgrow(overdue, Priority.ALWAYS);
        HBox.setHgrow(soon, Priority.ALWAYS);
        HBox lists = new HBox(16, overdue, soon);
        VBox box = new VBox(16, tiles, lists);
        box.setId("deadlinesSection");
        return box;
    }

    @Override
    public void refresh() {
        model.load();
    }

    private static IntegerProperty sizeOf(ObservableList<?> list) {
        IntegerProperty size = new javafx.beans.property.SimpleIntegerProperty(list.size());
        list.addListener((ListChangeListener<Object>) c -> size.set(list.size()));
        return size;
    }

    private static Node tile(String id, String labelKey, IntegerProperty value, Ikon icon, String style) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("tile-icon");
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("tile-number");
        number.textProperty().bind(Bindings.createStringBinding(() -> Formats.integer(value.get()), value));
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("tile-label");
        VBox text = new VBox(0, number, label);
        HBox tile = new HBox(12, glyph, text);
        tile.setAlignment(Pos.CENTER_LEFT);
        tile.getStyleClass().addAll("dashboard-tile", style);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    private Node card(String id, String titleKey, String emptyKey, ObservableList<Deadline> items, boolean late) {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(titleKey, items.size()), items));
        VBox list = new VBox(6);
        list.setId(id);
        Runnable redraw = () -> {
            list.getChildren().clear();
            if (items.isEmpty()) {
                Label none = new Label(Messages.get(emptyKey));
                none.getStyleClass().add(Styles.TEXT_MUTED);
                list.getChildren().add(none);
            }
            items.stream().limit(SHOWN).forEach(d -> list.getChildren().add(item(d, late)));
            if (items.size() > SHOWN) {
                Label more = new Label(Messages.get("dashboard.more", items.size() - SHOWN));
                more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                list.getChildren().add(more);
            }
        };
        items.addListener((ListChangeListener<Deadline>) c -> redraw.run());
        redraw.run();
        VBox card = new VBox(10, title, list);
        card.getStyleClass().addAll("dashboard-card", late ? "card-overdue" : "card-soon");
        card.setMaxWidth(Double.MAX_VALUE);
        card.setPrefWidth(400);
        return card;
    }

    private Node item(Deadline d, boolean late) {
        var today = model.asOfProperty().get();
        Label date = new Label(Formats.date(d.schedule().nextDue()));
        date.getStyleClass().add("deadline-date");
        long days = late ? d.schedule().daysLate(today) : d.schedule().daysLeft(today);
        Label when = new Label(late ? Messages.get("dashboard.daysLate", days)
                : days == 0 ? Messages.get("dashboard.dueToday") : Messages.get("dashboard.daysLeft", days));
        when.getStyleClass().add("deadline-when");
        VBox dateBox = new VBox(0, date, when);
        dateBox.getStyleClass().addAll("deadline-date-box", late ? "date-overdue" : "date-soon");
        dateBox.setMinWidth(112);
        dateBox.setAlignment(Pos.CENTER_LEFT);

        Label text = new Label(d.row().task().text());
        text.setWrapText(true);
        text.getStyleClass().add("deadline-text");
        text.setMaxHeight(40);
        String lead = model.leadOf(d);
        String meta = d.row().directive().label() + (lead.isEmpty() ? "" : "  ·  " + Messages.get("dashboard.lead", lead));
        Label details = new Label(meta);
        details.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox middle = new VBox(2, text, details);
        HBox.setHgrow(middle, Priority.ALWAYS);
        middle.setMaxWidth(Double.MAX_VALUE);
        Region spacer = new Region();
        HBox content = new HBox(12, dateBox, middle, spacer, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        content.setAlignment(Pos.CENTER_LEFT);

        Button item = new Button();
        item.setId("deadline-" + d.row().id());
        item.setGraphic(content);
        item.setMaxWidth(Double.MAX_VALUE);
        item.getStyleClass().add("deadline-item");
        item.setMnemonicParsing(false);
        item.setAccessibleText(d.row().task().text());
        item.setOnAction(e -> openTask.accept(d.row().id()));
        return item;
    }
}
