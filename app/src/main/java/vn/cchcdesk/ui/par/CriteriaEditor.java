package vn.cchcdesk.ui.par;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.par.ParCriterion;
import vn.cchcdesk.domain.par.RuleKind;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.WrappedCells;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.common.FormGrid;

/** Thang điểm: the guide's rows in a table, and the form that edits the one picked (or a new one). */
final class CriteriaEditor extends HBox {

    CriteriaEditor(CriteriaViewModel model) {
        super(16);
        setPadding(new Insets(16));
        setId("parCriteria");

        TableView<ParCriterion> table = new TableView<>(model.rows());
        table.setId("parCriteriaTable");
        TableColumn<ParCriterion, String> title = Columns.text("par.col.criterion", ParCriterion::title);
        table.getColumns().add(Columns.text("par.col.code", ParCriterion::code));
        table.getColumns().add(title);
        table.getColumns().add(Columns.text("par.col.max", c -> ParViewModel.points(c.maxPoints())));
        TableColumn<ParCriterion, String> howColumn = Columns.text("par.col.rule", c -> EnumLabels.label("par.rule", c.rule())
                + (c.channel() == null ? "" : ": " + EnumLabels.label("catalog.parChannel", c.channel()))
                + (c.thresholdPercent() == null ? "" : " (" + Messages.get("par.col.from", ParViewModel.points(c.thresholdPercent())) + ")"));
        table.getColumns().add(howColumn);
        WrappedCells.wrap(title);
        WrappedCells.wrap(howColumn);
        Columns.weights(table, 0.7, 3, 0.8, 2.6);
        table.getColumns().get(0).setMinWidth(56);
        table.getColumns().get(2).setMinWidth(64);
        table.setPlaceholder(new Label(Messages.get("par.criteria.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.selectedProperty().set(is);
            }
        });
        model.selectedProperty().addListener((o, was, is) -> {
            if (is == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != is) {
                table.getSelectionModel().select(is);
            }
        });
        HBox.setHgrow(table, Priority.ALWAYS);

        FormGrid form = new FormGrid(model.errors().map());
        TextField code = form.add("code", "par.field.code", new TextField());
        code.textProperty().bindBidirectional(model.codeProperty());
        // two wrapped lines: a criterion's name ("Tuyên truyền trên Trang thông tin điện tử hoặc mạng
        // xã hội") reads whole; it stays one line of text, Enter saving as before
        TextArea name = form.add("title", "par.field.title", new TextArea());
        name.setWrapText(true);
        name.setPrefRowCount(2);
        name.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change -> {
            change.setText(change.getText().replace('\n', ' '));
            return change;
        }));
        name.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                model.save();
            }
        });
        name.textProperty().bindBidirectional(model.titleProperty());
        TextField max = form.add("maxPoints", "par.field.maxPoints", new TextField());
        max.textProperty().bindBidirectional(model.maxPointsProperty());
        ComboBox<RuleKind> rule = form.add("rule", "par.field.rule", EnumLabels.comboBox("par.rule", RuleKind.class));
        rule.valueProperty().bindBidirectional(model.ruleProperty());
        ComboBox<ParChannel> channel = form.add("channel", "par.field.channel", EnumLabels.comboBox("catalog.parChannel", ParChannel.class));
        channel.valueProperty().bindBidirectional(model.channelProperty());
        TextField threshold = form.add("threshold", "par.field.threshold", new TextField());
        threshold.textProperty().bindBidirectional(model.thresholdProperty());
        var byChannel = model.ruleProperty().isEqualTo(RuleKind.CHANNEL_USED);
        form.showWhen("channel", byChannel);
        form.showWhen("threshold", byChannel.not());
        TextField order = form.add("sortOrder", "par.field.sortOrder", new TextField());
        order.textProperty().bindBidirectional(model.sortOrderProperty());

        Button save = new Button(Messages.get("par.criteria.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("parCriterionSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button add = new Button(Messages.get("par.criteria.new"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("parCriterionNew");
        add.setOnAction(e -> model.startNew());
        Button delete = new Button(Messages.get("par.criteria.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("parCriterionDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> model.delete());
        Label hint = new Label(Messages.get("par.criteria.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label heading = new Label(Messages.get("par.criteria.form"));
        heading.getStyleClass().add(Styles.TITLE_4);
        for (Button b : new Button[] {save, add, delete}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox side = new VBox(12, heading, form, new HBox(8, save, add, delete), hint);
        side.setPrefWidth(430);
        side.setMinWidth(400);
        getChildren().addAll(table, side);
    }
}
