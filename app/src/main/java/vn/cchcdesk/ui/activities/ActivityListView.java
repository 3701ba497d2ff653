package vn.cchcdesk.ui.activities;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.activity.ActivityLine;
import vn.cchcdesk.domain.activity.ActivitySort;
import vn.cchcdesk.domain.activity.FormTotal;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;

/**
 * The list of activities, a page at a time from the database, sorted by clicking a header (the
 * whole filtered list, not just the page), with the totals by form of every filtered row under it
 * and the "deleted — undo" bar.
 */
final class ActivityListView extends BorderPane {

    private static final Duration UNDO_SHOWN = Duration.seconds(12);

    private final ActivitiesViewModel model;
    private final TableView<ActivityLine> table = new TableView<>();
    private final Runnable history;

    ActivityListView(ActivitiesViewModel model, Runnable newActivity, Runnable history) {
        this.model = model;
        this.history = history;
        setId("activityList");
        // the count and the table keep off the divider to the form
        setPadding(new Insets(0, 8, 0, 0));
        table.setId("activityTable");
        table.getStyleClass().add(Styles.DENSE);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Messages.get("activities.list.empty")));
        table.setItems(model.lines());
        // a list read again is a new list: the old selection would point at other activities
        model.lines().addListener((ListChangeListener<ActivityLine>) c -> table.getSelectionModel().clearSelection());
        columns();
        table.setSortPolicy(t -> true);
        table.getSortOrder().addListener((ListChangeListener<TableColumn<ActivityLine, ?>>) c -> sortChanged());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
                e.consume();
            }
        });

        Button add = new Button(Messages.get("activities.list.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("activityAdd");
        add.setTooltip(new Tooltip(Messages.get("activities.list.addTip")));
        add.setOnAction(e -> newActivity.run());
        Button delete = new Button(Messages.get("activities.list.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("activityDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        delete.setOnAction(e -> deleteSelected());
        Button historyButton = new Button(Messages.get("activities.list.history"), new FontIcon(MaterialDesignH.HISTORY));
        historyButton.setId("activityHistory");
        historyButton.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        historyButton.setOnAction(e -> history.run());
        Label shown = new Label();
        shown.setId("activityCount");
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        shown.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("activities.list.count",
                Formats.integer(model.countProperty().get())), model.countProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox tools = new HBox(8, add, delete, historyButton, grow, shown);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(0, 0, 8, 0));

        StackPane centre = new StackPane(table, undoBar());
        setTop(tools);
        setCenter(centre);
        setBottom(pager());
    }

    TableView<ActivityLine> table() {
        return table;
    }

    private void columns() {
        TableColumn<ActivityLine, String> date = column("activities.column.date", l -> Formats.date(l.activity().date()),
                ActivitySort.Column.DATE, 100);
        TableColumn<ActivityLine, String> unit = column("activities.column.unit", l -> l.row().unitName(), ActivitySort.Column.UNIT, 160);
        TableColumn<ActivityLine, String> form = column("activities.column.form", l -> l.row().formName(), ActivitySort.Column.FORM, 160);
        TableColumn<ActivityLine, String> title = column("activities.column.title", l -> l.activity().title(), ActivitySort.Column.TITLE, 300);
        TableColumn<ActivityLine, String> quantity = column("activities.column.quantity",
                l -> Formats.integer(l.activity().quantity()) + " " + l.row().measureUnit(), ActivitySort.Column.QUANTITY, 110);
        TableColumn<ActivityLine, String> duration = column("activities.column.duration",
                l -> l.activity().durationMinutes() == null ? "" : Messages.get("activities.list.minutes",
                        Formats.integer(l.activity().durationMinutes())), ActivitySort.Column.DURATION, 80);
        TableColumn<ActivityLine, String> people = column("activities.column.participants",
                l -> l.activity().participants() == null ? "" : Formats.integer(l.activity().participants()),
                ActivitySort.Column.PARTICIPANTS, 80);
        TableColumn<ActivityLine, String> link = column("activities.column.link", l -> l.activity().link(), null, 150);
        TableColumn<ActivityLine, String> linked = column("activities.column.linkedTo", ActivityLine::linkedTo, null, 200);
        TableColumn<ActivityLine, String> files = column("activities.column.files",
                l -> l.files() == 0 ? "" : Formats.integer(l.files()), null, 48);
        for (TableColumn<ActivityLine, String> c : List.of(quantity, duration, people, files)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        files.setGraphic(new FontIcon(MaterialDesignP.PAPERCLIP));
        files.setText("");
        ColumnFilter.install(unit, "unitColumn", model.unitIdsProperty(), model.units(), Unit::id, Unit::name);
        ColumnFilter.install(form, "formColumn", model.formIdsProperty(), model.forms(), PublicityForm::id, PublicityForm::name);
        table.getColumns().setAll(List.of(date, unit, form, title, quantity, duration, people, link, linked, files));
        table.getColumns().forEach(c -> c.sortTypeProperty().addListener(o -> sortChanged()));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        date.setSortType(TableColumn.SortType.DESCENDING);
    }

    private TableColumn<ActivityLine, String> column(String key, Function<ActivityLine, String> value,
                                                    ActivitySort.Column sortBy, double width) {
        TableColumn<ActivityLine, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setUserData(sortBy);
        column.setSortable(sortBy != null);
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 40 ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** The table only shows the sort; the database orders the whole filtered list. */
    private void sortChanged() {
        if (table.getSortOrder().isEmpty()) {
            model.sortProperty().set(ActivitySort.newestFirst());
            return;
        }
        TableColumn<ActivityLine, ?> first = table.getSortOrder().get(0);
        if (first.getUserData() instanceof ActivitySort.Column column) {
            model.sortProperty().set(new ActivitySort(column, first.getSortType() == TableColumn.SortType.DESCENDING));
        }
    }

    List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(ActivityLine::id).toList();
    }

    void deleteSelected() {
        model.trash().delete(selectedIds());
    }

    private HBox pager() {
        Button previous = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_LEFT));
        previous.setId("pagePrevious");
        previous.getStyleClass().add(Styles.BUTTON_ICON);
        previous.setOnAction(e -> model.goToPage(model.pageProperty().get() - 1));
        previous.disableProperty().bind(model.pageProperty().isEqualTo(0));
        Button next = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        next.setId("pageNext");
        next.getStyleClass().add(Styles.BUTTON_ICON);
        next.setOnAction(e -> model.goToPage(model.pageProperty().get() + 1));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.pageProperty().get() >= model.pageCount() - 1,
                model.pageProperty(), model.countProperty()));
        Label where = new Label();
        where.setId("pageText");
        where.textProperty().bind(Bindings.createStringBinding(model::pageText, model.pageProperty(), model.countProperty()));
        HBox pager = new HBox(6, previous, where, next);
        pager.setAlignment(Pos.CENTER_RIGHT);
        pager.setPadding(new Insets(6, 0, 0, 0));
        return pager;
    }

    /** Tổng theo hình thức: one chip per form of the filtered rows (the form's name on hover), placed under the list and form. */
    FlowPane totals() {
        FlowPane pane = new FlowPane(6, 6);
        pane.setId("activityTotals");
        pane.getStyleClass().add("activity-totals");
        Runnable rebuild = () -> {
            pane.getChildren().clear();
            Label heading = new Label(Messages.get("activities.totals.title"));
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            pane.getChildren().add(heading);
            for (FormTotal t : model.totals()) {
                String text = Messages.get("activities.totals.form", Formats.integer(t.quantity()), t.measureUnit())
                        + (t.participants() > 0 ? Messages.get("activities.totals.people", Formats.integer(t.participants())) : "");
                Label chip = new Label(text);
                chip.setUserData(t.formId());
                chip.getStyleClass().addAll("total-chip", t.group() == vn.cchcdesk.domain.catalog.FormGroup.ONLINE ? "online" : "traditional");
                chip.setTooltip(new Tooltip(Messages.get("activities.totals.rows", t.formName(), Formats.integer(t.count()))));
                pane.getChildren().add(chip);
            }
        };
        model.totals().addListener((ListChangeListener<FormTotal>) c -> rebuild.run());
        rebuild.run();
        return pane;
    }

    /** "Đã xóa N hoạt động — Hoàn tác", shown a while after a delete. */
    private HBox undoBar() {
        Label message = new Label();
        message.setId("undoMessage");
        message.textProperty().bind(model.trash().undoMessageProperty());
        Button undo = new Button(Messages.get("activities.undo"));
        undo.setId("activityUndo");
        undo.getStyleClass().addAll(Styles.FLAT, "snackbar-action");
        undo.setOnAction(e -> model.trash().undo());
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "snackbar-action");
        close.setOnAction(e -> model.trash().dismissUndo());
        HBox bar = new HBox(12, message, undo, close);
        bar.setId("undoBar");
        bar.getStyleClass().add("snackbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(bar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(bar, new Insets(0, 0, 18, 0));
        bar.visibleProperty().bind(model.trash().undoMessageProperty().isNotEmpty());
        PauseTransition hide = new PauseTransition(UNDO_SHOWN);
        hide.setOnFinished(e -> model.trash().dismissUndo());
        model.trash().undoMessageProperty().addListener((o, was, now) -> {
            if (now.isEmpty()) {
                hide.stop();
            } else {
                hide.playFromStart();
            }
        });
        return bar;
    }
}
