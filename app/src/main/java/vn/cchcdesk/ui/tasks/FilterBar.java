package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.EnumLabels;

/** The filters the task list, the matrix and the units' view share. */
final class FilterBar extends FlowPane {

    FilterBar(TaskBoardViewModel board) {
        super(8, 8);
        setId("taskFilters");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("task-filters");

        TextField search = new TextField();
        search.setId("taskSearch");
        search.setPromptText(Messages.get("tasks.filter.search"));
        search.setPrefColumnCount(10);
        // the box is narrower than its hint at 1280 px: the whole hint on hover
        search.setTooltip(new javafx.scene.control.Tooltip(Messages.get("tasks.filter.search")));
        search.textProperty().bindBidirectional(board.searchProperty());

        ComboBox<DocumentRef> directive = Choices.filter("filterDirective", Messages.get("tasks.filter.allDirectives"),
                board.directives(), DocumentRef::label, board.directiveProperty());
        directive.setPrefWidth(170);
        ComboBox<Integer> year = Choices.filter("filterYear", Messages.get("tasks.filter.allYears"), board.years(),
                String::valueOf, board.yearProperty());
        ComboBox<Unit> unit = Choices.filter("filterUnit", Messages.get("tasks.filter.allUnits"), board.units(),
                Unit::name, board.unitProperty());
        unit.setPrefWidth(160);
        ComboBox<AssignmentRole> role = Choices.filter("filterRole", Messages.get("tasks.filter.allRoles"),
                FXCollections.observableArrayList(AssignmentRole.values()), TaskLabels::role, board.roleProperty());
        ComboBox<StatusFilter> status = Choices.filter("filterStatus", Messages.get("tasks.filter.allStatuses"),
                FXCollections.observableArrayList(StatusFilter.values()), s -> EnumLabels.label("tasks.filterStatus", s),
                board.statusProperty());
        // one line at a laptop's 1280 px (it wrapped "Mọi trạng thái" under the rest): the widest choice,
        // "Đến hạn trong 7 ngày", still fits; the directive and unit boxes show their "Tất cả …" whole
        status.setPrefWidth(176);
        Button clear = new Button(null, new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.setId("filterClear");
        clear.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        clear.setTooltip(new javafx.scene.control.Tooltip(Messages.get("tasks.filter.clear")));
        clear.setAccessibleText(Messages.get("tasks.filter.clear"));
        clear.setOnAction(e -> board.clearFilters());
        getChildren().addAll(search, directive, year, unit, role, status, clear);
    }
}
