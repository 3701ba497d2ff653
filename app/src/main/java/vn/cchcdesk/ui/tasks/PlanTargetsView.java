package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.plan.PeriodProgress;
import vn.cchcdesk.domain.plan.TargetPeriod;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.tasks.PlanTargetsViewModel.TargetLine;

/** "Chỉ tiêu kế hoạch": a plan's targets with this period's and the year's progress, and a form to add or change one. */
final class PlanTargetsView extends VBox {

    PlanTargetsView(PlanTargetsViewModel model, Supplier<LocalDate> today) {
        setId("planTargetsView");
        ComboBox<DocumentRef> plan = Choices.of("targetPlan", model.plans(), TaskLabels::directiveWithSummary,
                Messages.get("tasks.target.noPlan"));
        plan.valueProperty().bindBidirectional(model.planProperty());
        plan.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(plan, Priority.ALWAYS);
        Button suggest = new Button(Messages.get("tasks.target.suggest"), new FontIcon(MaterialDesignL.LIGHTBULB_ON_OUTLINE));
        suggest.setId("targetSuggest");
        suggest.disableProperty().bind(model.planProperty().isNull().or(model.busyProperty()));
        suggest.setOnAction(e -> model.suggest());
        Label planLabel = new Label(Messages.get("tasks.target.plan"));
        planLabel.setMinWidth(Label.USE_PREF_SIZE);
        suggest.setMinWidth(Button.USE_PREF_SIZE);
        HBox top = new HBox(8, planLabel, plan, suggest);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<TargetLine> table = new TableView<>(model.lines());
        table.setId("targetTable");
        table.setPlaceholder(new Label(Messages.get("tasks.target.empty")));
        table.getColumns().add(Columns.text("tasks.target.form", l -> l.form().name()));
        table.getColumns().add(Columns.text("tasks.target.quantity", PlanTargetsView::quantity));
        table.getColumns().add(progressColumn("tasks.target.current", today, true));
        table.getColumns().add(progressColumn("tasks.target.year", today, false));
        TableColumn<TargetLine, TargetLine> status = new TableColumn<>(Messages.get("tasks.target.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setSortable(false);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TargetLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                Label chip = new Label(EnumLabels.label("tasks.targetStatus", line.progress().status()));
                chip.getStyleClass().addAll("state-chip", "target-" + line.progress().status().name().toLowerCase().replace('_', '-'));
                if (line.target().suggested()) {
                    Label mark = new Label(Messages.get("tasks.target.suggestedMark"));
                    mark.getStyleClass().addAll("state-chip", "target-suggested");
                    setGraphic(new VBox(3, chip, mark));
                } else {
                    setGraphic(chip);
                }
            }
        });
        table.getColumns().add(status);
        table.getColumns().add(Columns.text("tasks.target.source", l -> l.target().sourceText() == null ? "" : l.target().sourceText()));
        Columns.weights(table, 2.6, 1.5, 1.2, 1.2, 2.3, 3.4);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, l) -> model.selectedProperty().set(l));
        model.selectedProperty().addListener((obs, old, l) -> {
            if (l == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        Label explain = new Label(Messages.get("tasks.target.explain"));
        explain.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        explain.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(8);
        setPadding(new Insets(10, 0, 10, 0));
        getChildren().addAll(top, table, form(model), explain);
    }

    /** Below the table, one line: form, quantity, period, and the buttons. */
    private static VBox form(PlanTargetsViewModel model) {
        Label heading = new Label();
        heading.getStyleClass().add("form-section-title");
        heading.textProperty().bind(javafx.beans.binding.Bindings.when(model.selectedProperty().isNull())
                .then(Messages.get("tasks.target.new")).otherwise(Messages.get("tasks.target.edit")));
        ComboBox<PublicityForm> form = Choices.of("targetForm", model.forms(), PublicityForm::name, Messages.get("tasks.target.pickForm"));
        form.valueProperty().bindBidirectional(model.formProperty());
        TextField quantity = new TextField();
        quantity.textProperty().bindBidirectional(model.quantityProperty());
        ComboBox<TargetPeriod> per = Choices.of("targetPer", FXCollections.observableArrayList(TargetPeriod.values()),
                p -> EnumLabels.label("tasks.targetPeriod", p), "");
        per.valueProperty().bindBidirectional(model.perProperty());
        VBox formField = Fields.stacked(model.errors(), "form", "tasks.target.form", form);
        VBox quantityField = Fields.stacked(model.errors(), "quantity", "tasks.target.quantityField", quantity);
        VBox perField = Fields.stacked(model.errors(), "per", "tasks.target.per", per);
        HBox.setHgrow(formField, Priority.ALWAYS);
        quantityField.setPrefWidth(150);
        quantityField.setMinWidth(150);
        perField.setPrefWidth(150);
        perField.setMinWidth(150);

        Button save = new Button(Messages.get("common.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("targetSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty().or(model.planProperty().isNull()));
        save.setOnAction(e -> model.save());
        Button accept = new Button(Messages.get("tasks.target.accept"), new FontIcon(MaterialDesignC.CHECK));
        accept.setId("targetAccept");
        accept.getStyleClass().add(Styles.SUCCESS);
        accept.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || !model.selectedProperty().get().target().suggested(), model.selectedProperty()));
        accept.setOnAction(e -> model.accept(model.selectedProperty().get()));
        Button add = new Button(Messages.get("common.addNew"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("targetNew");
        add.setOnAction(e -> model.startNew());
        Button delete = new Button(Messages.get("common.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("targetDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> model.delete(model.selectedProperty().get()));
        for (Button b : java.util.List.of(save, accept, add, delete)) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        HBox line = new HBox(10, formField, quantityField, perField, save, accept, add, delete);
        line.setAlignment(Pos.BOTTOM_LEFT);
        VBox box = new VBox(6, heading, line);
        box.getStyleClass().add("target-form");
        return box;
    }

    private static String quantity(TargetLine line) {
        return Messages.get("tasks.target.perLabel", line.target().quantity(), line.form().measureUnit(),
                EnumLabels.label("tasks.targetPer", line.target().per()));
    }

    private static TableColumn<TargetLine, TargetLine> progressColumn(String titleKey, Supplier<LocalDate> today, boolean current) {
        TableColumn<TargetLine, TargetLine> column = new TableColumn<>(Messages.get(titleKey));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TargetLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                int done;
                int required;
                if (current) {
                    PeriodProgress p = line.progress().periodOf(today.get()).orElse(null);
                    done = p == null ? 0 : p.done();
                    required = p == null ? line.target().quantity() : p.required();
                } else {
                    done = line.progress().doneInYear();
                    required = line.target().perYear();
                }
                ProgressBar bar = new ProgressBar(Math.min(1.0, required == 0 ? 0 : done / (double) required));
                bar.setMaxWidth(Double.MAX_VALUE);
                bar.getStyleClass().add(Styles.SMALL);
                Label text = new Label(Messages.get("tasks.target.done", done, required));
                text.getStyleClass().add(Styles.TEXT_SMALL);
                setGraphic(new VBox(2, text, bar));
            }
        });
        return column;
    }
}
