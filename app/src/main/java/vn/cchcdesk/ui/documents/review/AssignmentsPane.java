package vn.cchcdesk.ui.documents.review;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Controls;
import vn.cchcdesk.ui.common.EnumLabels;

/**
 * The directive's assignments, one line per unit and task: the unit as written and the catalogue
 * unit it was matched to ("Phòng VH-XH → Phòng Văn hóa - Xã hội"), the role, the task, its time
 * frame and due date. The line selected is corrected below it: another unit from the catalogue,
 * another role, the task's words, time frame or due date (for every unit of that task).
 */
final class AssignmentsPane {

    private AssignmentsPane() {
    }

    static VBox of(DirectiveReviewViewModel review) {
        TableView<AssignmentRow> table = new TableView<>(review.assignments());
        table.setId("reviewAssignments");
        table.setEditable(true);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("documents.review.assignments.none")));

        TableColumn<AssignmentRow, Boolean> include = new TableColumn<>();
        include.setCellValueFactory(c -> c.getValue().includedProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setEditable(true);
        include.setPrefWidth(44);
        include.setMinWidth(44);
        include.setMaxWidth(44);
        include.setSortable(false);
        TableColumn<AssignmentRow, String> unit = column("documents.review.col.unit", 250);
        unit.setCellValueFactory(c -> c.getValue().matchTextProperty());
        unit.setCellFactory(col -> new UnitCell());
        TableColumn<AssignmentRow, AssignmentRole> role = new TableColumn<>(Messages.get("documents.review.col.role"));
        role.setCellValueFactory(c -> c.getValue().roleProperty());
        role.setCellFactory(col -> textCell(r -> EnumLabels.label("documents.role", r)));
        role.setPrefWidth(90);
        TableColumn<AssignmentRow, String> task = column("documents.review.col.task", 420);
        task.setCellValueFactory(c -> c.getValue().task().textProperty());
        task.setCellFactory(col -> new WrappingCell());
        TableColumn<AssignmentRow, String> timeframe = column("documents.review.col.timeframe", 150);
        timeframe.setCellValueFactory(c -> c.getValue().task().timeframeProperty());
        timeframe.setCellFactory(col -> new WrappingCell());
        TableColumn<AssignmentRow, LocalDate> due = new TableColumn<>(Messages.get("documents.review.col.due"));
        due.setCellValueFactory(c -> c.getValue().task().dueProperty());
        due.setCellFactory(col -> textCell(Formats::date));
        due.setPrefWidth(90);
        table.getColumns().setAll(java.util.List.of(include, unit, role, task, timeframe, due));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label hint = new Label(Messages.get("documents.review.assignments.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label count = new Label(Messages.get("documents.review.assignments.count",
                Formats.integer(review.assignments().size()),
                Formats.integer(review.assignments().stream().map(AssignmentRow::task).distinct().count()),
                Formats.integer(review.assignments().stream().filter(a -> a.matched() != null).count())));
        count.setId("reviewAssignmentsCount");
        count.getStyleClass().add(Styles.TEXT_SMALL);
        VBox page = new VBox(8, hint, CitationsPane.errorLabel(review, "tasks"), count, table, editor(review, table));
        page.setPadding(new Insets(12));
        if (!review.assignments().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        return page;
    }

    /** The selected line's unit, role, task, time frame and due date, bound to the line while it is selected. */
    private static GridPane editor(DirectiveReviewViewModel review, TableView<AssignmentRow> table) {
        ComboBox<Unit> unit = new ComboBox<>();
        unit.setId("assignmentUnit");
        unit.getItems().add(null);
        unit.getItems().addAll(review.units());
        unit.setVisibleRowCount(14);
        unit.setMaxWidth(Double.MAX_VALUE);
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return u == null ? Messages.get("documents.review.unit.none") : u.name();
            }

            @Override
            public Unit fromString(String text) {
                return null;
            }
        });
        ComboBox<AssignmentRole> role = EnumLabels.comboBox("documents.role", AssignmentRole.class);
        role.setId("assignmentRole");
        CheckBox include = new CheckBox(Messages.get("documents.review.assignment.include"));
        include.setId("assignmentInclude");
        include.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label written = new Label();
        written.setId("assignmentWritten");
        written.setWrapText(true);
        written.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        TextArea text = new TextArea();
        text.setId("assignmentTask");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        // the three lines stay: the table above gives up the room, not the words being corrected
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField timeframe = new TextField();
        timeframe.setId("assignmentTimeframe");
        timeframe.setPromptText(Messages.get("documents.review.assignment.timeframe.prompt"));
        DatePicker due = Controls.datePicker();
        due.setId("assignmentDue");

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (old != null) {
                unit.valueProperty().unbindBidirectional(old.unitProperty());
                role.valueProperty().unbindBidirectional(old.roleProperty());
                include.selectedProperty().unbindBidirectional(old.includedProperty());
                text.textProperty().unbindBidirectional(old.task().textProperty());
                timeframe.textProperty().unbindBidirectional(old.task().timeframeProperty());
                due.valueProperty().unbindBidirectional(old.task().dueProperty());
            }
            if (row != null) {
                unit.valueProperty().bindBidirectional(row.unitProperty());
                role.valueProperty().bindBidirectional(row.roleProperty());
                include.selectedProperty().bindBidirectional(row.includedProperty());
                text.textProperty().bindBidirectional(row.task().textProperty());
                timeframe.textProperty().bindBidirectional(row.task().timeframeProperty());
                due.valueProperty().bindBidirectional(row.task().dueProperty());
                written.setText(Messages.get("documents.review.assignment.written", row.written(),
                        row.matched() == null ? Messages.get("documents.review.unit.noMatch")
                                : Messages.get("documents.review.unit.confidence", Formats.integer(Math.round(row.confidence() * 100)))));
            }
        });

        GridPane grid = new GridPane();
        grid.setId("assignmentEditor");
        grid.setHgap(10);
        grid.setVgap(6);
        grid.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        grid.add(label("documents.review.assignment.unit", unit), 0, 0);
        grid.add(unit, 1, 0);
        grid.add(label("documents.review.assignment.role", role), 2, 0);
        grid.add(role, 3, 0);
        grid.add(include, 4, 0);
        grid.add(written, 1, 1, 4, 1);
        grid.add(label("documents.review.assignment.task", text), 0, 2);
        grid.add(text, 1, 2, 4, 1);
        grid.add(label("documents.review.assignment.timeframe", timeframe), 0, 3);
        grid.add(timeframe, 1, 3);
        grid.add(label("documents.review.assignment.due", due), 2, 3);
        grid.add(due, 3, 3);
        GridPane.setHgrow(unit, Priority.ALWAYS);
        GridPane.setHgrow(text, Priority.ALWAYS);
        GridPane.setHgrow(timeframe, Priority.ALWAYS);
        return grid;
    }

    private static Label label(String key, javafx.scene.Node control) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static TableColumn<AssignmentRow, String> column(String key, double width) {
        TableColumn<AssignmentRow, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        return column;
    }

    private static <T> TableCell<AssignmentRow, T> textCell(java.util.function.Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : format.apply(value));
            }
        };
    }

    /** Long task texts wrap within the column instead of running off it. */
    private static final class WrappingCell extends TableCell<AssignmentRow, String> {

        private final Label text = new Label();

        WrappingCell() {
            text.setWrapText(true);
            text.setMaxHeight(64);
            setGraphic(null);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setGraphic(null);
                return;
            }
            text.setText(value);
            text.maxWidthProperty().bind(getTableColumn().widthProperty().subtract(12));
            setGraphic(text);
        }
    }

    /** The match, muted when the unit stays outside the catalogue. */
    private static final class UnitCell extends TableCell<AssignmentRow, String> {

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().remove("unmatched");
            if (empty || value == null) {
                setText(null);
                return;
            }
            setText(value);
            setWrapText(true);
            setAlignment(Pos.CENTER_LEFT);
            AssignmentRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && row.unitProperty().get() == null) {
                getStyleClass().add("unmatched");
            }
        }
    }
}
