package vn.cchcdesk.ui.activities;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import vn.cchcdesk.domain.activity.MonthFigures;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;

/**
 * The website's CCHC section: visits per month typed straight into the table (double-click or
 * Enter on a month), beside the articles the list counts for that month.
 */
final class WebsiteView extends VBox {

    WebsiteView(WebsiteViewModel model) {
        super(10);
        setId("websiteStats");
        setPadding(new Insets(12, 0, 0, 0));
        Spinner<Integer> year = new Spinner<>(2000, 2200, model.yearProperty().get());
        year.setId("websiteYear");
        year.setEditable(true);
        year.setPrefWidth(110);
        year.valueProperty().addListener((o, was, now) -> model.yearProperty().set(now));
        Label help = new Label(Messages.get("activities.website.help"));
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);
        HBox top = new HBox(10, new Label(Messages.get("activities.website.year")), year);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<MonthFigures> table = new TableView<>(model.months());
        table.setId("websiteTable");
        table.setEditable(true);
        table.setMaxWidth(720);
        table.setFixedCellSize(30);
        table.setPrefHeight(30 * 12 + 52);
        TableColumn<MonthFigures, String> month = new TableColumn<>(Messages.get("activities.website.month"));
        month.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Messages.get("activities.website.monthName",
                c.getValue().month(), c.getValue().year())));
        month.setPrefWidth(180);
        month.setSortable(false);
        TableColumn<MonthFigures, String> visits = new TableColumn<>(Messages.get("activities.website.visits"));
        visits.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().visits() == null ? ""
                : Formats.integer(c.getValue().visits())));
        visits.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()));
        visits.setOnEditCommit(e -> {
            if (!model.enter(e.getRowValue().month(), e.getNewValue())) {
                table.refresh();
            }
        });
        visits.setPrefWidth(300);
        visits.setSortable(false);
        visits.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<MonthFigures, String> articles = new TableColumn<>(Messages.get("activities.website.articles"));
        articles.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.integer(c.getValue().articles())));
        articles.setEditable(false);
        articles.setPrefWidth(220);
        articles.setSortable(false);
        articles.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().setAll(java.util.List.of(month, visits, articles));
        // the three columns fill the table, no empty fourth one, and "Lượt truy cập chuyên mục CCHC" reads whole
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        visits.setMinWidth(250);
        articles.setMinWidth(190);
        month.setMinWidth(130);

        Label total = new Label();
        total.setId("websiteTotal");
        total.getStyleClass().add(Styles.TEXT_BOLD);
        total.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("activities.website.total",
                Formats.integer(model.totalVisits()), Formats.integer(model.totalArticles())), model.months()));
        model.months().addListener((ListChangeListener<MonthFigures>) c -> { });
        getChildren().addAll(top, help, table, total);
    }
}
