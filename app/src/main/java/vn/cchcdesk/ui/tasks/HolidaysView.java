package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.calendar.Holiday;
import vn.cchcdesk.domain.calendar.LunarCalendar;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.Controls;
import vn.cchcdesk.ui.common.Dialogs;
import vn.cchcdesk.ui.common.FormGrid;

/** "Ngày nghỉ lễ": the year's holidays and days in lieu, as computed and as the clerk corrects them. */
final class HolidaysView extends SplitPane {

    HolidaysView(HolidaysViewModel model) {
        setId("holidaysView");
        ComboBox<Integer> year = Choices.of("holidayYear", model.years(), String::valueOf, "");
        year.valueProperty().bindBidirectional(model.yearProperty());
        Button computed = new Button(Messages.get("tasks.holiday.addComputed"), new FontIcon(MaterialDesignC.CALENDAR_SYNC_OUTLINE));
        computed.setId("holidayComputed");
        computed.disableProperty().bind(model.busyProperty());
        computed.setOnAction(e -> model.addComputed());
        HBox top = new HBox(8, new Label(Messages.get("tasks.holiday.year")), year, computed);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<Holiday> table = new TableView<>(model.items());
        table.setId("holidayTable");
        table.setPlaceholder(new Label(Messages.get("tasks.holiday.empty")));
        table.getColumns().add(Columns.text("tasks.holiday.date", h -> Formats.date(h.date())));
        table.getColumns().get(0).setSortable(false); // the list comes in date order; dd/MM/yyyy would sort by day
        table.getColumns().add(Columns.text("tasks.holiday.weekday", h -> TaskLabels.dayOfWeek(h.date())));
        table.getColumns().add(Columns.text("tasks.holiday.name", Holiday::name));
        table.getColumns().add(Columns.text("tasks.holiday.lunarDate", h -> h.lunar() && h.date().getYear() >= 1900 && h.date().getYear() <= 2199
                ? LunarCalendar.toLunar(h.date()).spoken() : ""));
        Columns.weights(table, 1.3, 1.2, 3.0, 2.0);
        // dd/MM/yyyy and "Chủ nhật" read whole; the name and lunar date give way first
        table.getColumns().get(0).setMinWidth(108);
        table.getColumns().get(1).setMinWidth(96);
        table.getColumns().get(3).setMinWidth(160);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, h) -> {
            if (h != null) {
                model.selectedProperty().set(h);
            }
        });
        model.selectedProperty().addListener((obs, old, h) -> {
            if (h == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        Label explain = new Label(Messages.get("tasks.holiday.explain"));
        explain.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        explain.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, top, table, explain);
        left.setPadding(new Insets(10, 10, 10, 0));

        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(javafx.beans.binding.Bindings.when(model.selectedProperty().isNull())
                .then(Messages.get("tasks.holiday.new")).otherwise(Messages.get("tasks.holiday.edit")));
        FormGrid grid = new FormGrid(model.errors().map());
        DatePicker date = grid.add("date", "tasks.holiday.date", Controls.datePicker());
        date.valueProperty().bindBidirectional(model.dateProperty());
        TextField name = grid.add("name", "tasks.holiday.name", new TextField());
        name.textProperty().bindBidirectional(model.nameProperty());
        Button save = new Button(Messages.get("common.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("holidaySave");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Button add = new Button(Messages.get("common.addNew"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("holidayNew");
        add.setOnAction(e -> model.startNew());
        Button delete = new Button(Messages.get("common.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("holidayDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        delete.setOnAction(e -> {
            if (Dialogs.confirm(getScene().getWindow(), Messages.get("common.confirmDelete.title"),
                    Messages.get("tasks.holiday.confirmDelete"), Messages.get("common.delete"))) {
                model.deleteSelected();
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox right = new VBox(14, heading, grid, new HBox(8, save, add, grow, delete));
        right.setPadding(new Insets(16));
        getItems().addAll(left, right);
        setDividerPositions(0.64);
    }
}
