package vn.cchcdesk.ui.activities;

import atlantafx.base.theme.Styles;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Controls;
import vn.cchcdesk.ui.common.EnumLabels;

/** Lọc: the reporting period or dates, a unit, a form, the group, and words (searched as they are typed). */
final class FilterBar extends FlowPane {

    private final javafx.scene.layout.HBox searchBox;
    private final Button clear;

    FilterBar(ActivitiesViewModel model) {
        super(6, 8); // 6, not 8: the filters stay one line at 1280 px with the dates whole
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("activity-filters");

        ComboBox<PeriodChoice> period = new ComboBox<>(model.periods());
        period.setId("filterPeriod");
        period.valueProperty().bindBidirectional(model.periodProperty());
        period.setPrefWidth(165);
        DatePicker from = Controls.datePicker();
        from.setId("filterFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        // "dd/mm/yyyy" (and a date typed) whole beside the calendar button; the unit and form boxes give the room back
        from.setPrefWidth(150);
        DatePicker to = Controls.datePicker();
        to.setId("filterTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(150);

        ComboBox<Unit> unit = new ComboBox<>();
        unit.setId("filterUnit");
        unit.getItems().add(null);
        model.units().addListener((javafx.collections.ListChangeListener<Unit>) c -> {
            // one change, and the value put back: the selection would otherwise follow the old index onto a unit
            java.util.List<Unit> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(model.units());
            unit.getItems().setAll(items);
            Set<Long> ids = model.unitIdsProperty().get();
            unit.setValue(ids.size() == 1 ? model.units().stream().filter(u -> ids.contains(u.id())).findFirst().orElse(null) : null);
        });
        unit.setConverter(names(Unit::name, "activities.filter.anyUnit"));
        unit.setButtonCell(cell(Unit::name, "activities.filter.anyUnit"));
        unit.setCellFactory(v -> cell(Unit::name, "activities.filter.anyUnit"));
        unit.setPrefWidth(160);
        unit.valueProperty().addListener((o, was, now) -> {
            if (now != null || model.unitIdsProperty().get().size() <= 1) {
                model.unitIdsProperty().set(now == null ? Set.of() : Set.of(now.id()));
            }
        });
        model.unitIdsProperty().addListener((o, was, now) -> {
            if (now.size() != 1) {
                unit.setValue(null);
                unit.setPromptText(now.isEmpty() ? Messages.get("activities.filter.anyUnit")
                        : Messages.get("activities.filter.units", now.size()));
            }
        });

        ComboBox<PublicityForm> form = new ComboBox<>();
        form.setId("filterForm");
        form.getItems().add(null);
        model.forms().addListener((javafx.collections.ListChangeListener<PublicityForm>) c -> {
            java.util.List<PublicityForm> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(model.forms());
            form.getItems().setAll(items);
            Set<Long> ids = model.formIdsProperty().get();
            form.setValue(ids.size() == 1 ? model.forms().stream().filter(f -> ids.contains(f.id())).findFirst().orElse(null) : null);
        });
        form.setConverter(names(PublicityForm::name, "activities.filter.anyForm"));
        form.setButtonCell(cell(PublicityForm::name, "activities.filter.anyForm"));
        form.setCellFactory(v -> cell(PublicityForm::name, "activities.filter.anyForm"));
        form.setPrefWidth(162);
        form.valueProperty().addListener((o, was, now) -> {
            if (now != null || model.formIdsProperty().get().size() <= 1) {
                model.formIdsProperty().set(now == null ? Set.of() : Set.of(now.id()));
            }
        });
        model.formIdsProperty().addListener((o, was, now) -> {
            if (now.size() != 1) {
                form.setValue(null);
            }
        });

        ComboBox<FormGroup> group = new ComboBox<>();
        group.setId("filterGroup");
        group.getItems().add(null);
        group.getItems().addAll(FormGroup.values());
        StringConverter<FormGroup> groups = new StringConverter<>() {
            @Override
            public String toString(FormGroup g) {
                return g == null ? Messages.get("activities.filter.anyGroup") : EnumLabels.label("catalog.formGroup", g);
            }

            @Override
            public FormGroup fromString(String s) {
                return null;
            }
        };
        group.setConverter(groups);
        group.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FormGroup item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : groups.toString(item));
            }
        });
        group.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(FormGroup item, boolean empty) {
                super.updateItem(item, empty);
                setText(groups.toString(item));
            }
        });
        group.valueProperty().bindBidirectional(model.groupProperty());
        group.setPrefWidth(138);
        group.setTooltip(new javafx.scene.control.Tooltip(Messages.get("activities.filter.groupTip")));

        TextField search = new TextField();
        search.setId("activitySearch");
        search.setPromptText(Messages.get("activities.filter.search"));
        search.setPrefColumnCount(26);
        search.textProperty().bindBidirectional(model.searchProperty());
        Label magnifier = new Label(null, new FontIcon(MaterialDesignM.MAGNIFY));

        Button clear = new Button(Messages.get("activities.filter.clear"), new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.setId("filterClear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> {
            unit.setValue(null);
            form.setValue(null);
            model.clearFilters();
        });

        Label dash = new Label("–");
        searchBox = new javafx.scene.layout.HBox(6, magnifier, search);
        searchBox.setAlignment(Pos.CENTER_LEFT);
        this.clear = clear;
        getChildren().addAll(period, from, dash, to, unit, form, group);
    }

    /** The search field, placed in the screen's header. */
    javafx.scene.layout.HBox searchBox() {
        return searchBox;
    }

    /** "Bỏ lọc", placed beside the search field. */
    Button clearButton() {
        return clear;
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name, String noneKey) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? Messages.get(noneKey) : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> name, String noneKey) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                // the drop-down's spare cells stay blank; the button and the first line say "any"
                setText(item == null ? (empty && getIndex() > 0 ? null : Messages.get(noneKey)) : name.apply(item));
            }
        };
    }
}
