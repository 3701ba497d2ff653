package vn.cchcdesk.ui.tasks;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskState;
import vn.cchcdesk.i18n.Messages;

/**
 * The matrix's cells and rows. Scrolling re-fills them many times a second, so each keeps its
 * nodes and switches pseudo-classes (cheap) rather than style classes or tooltips.
 */
final class MatrixCells {

    private MatrixCells() {
    }

    /**
     * The task column's cell. Its tooltip is made the first time the pointer rests on it, then
     * kept, and its warning mark is a pseudo-class: scrolling re-fills cells many times a second,
     * and new tooltips or style classes would make every step slow (and a tooltip for each cell
     * made up front slowed the opening).
     */
    static final class TaskCell extends TableCell<BoardLine, BoardLine> {

        private javafx.scene.control.Tooltip tooltip;
        private final Label mark = new Label("!");
        private String tip;
        private final java.util.function.Predicate<BoardLine> leadWarning;

        TaskCell(java.util.function.Predicate<BoardLine> leadWarning) {
            this.leadWarning = leadWarning;
            getStyleClass().add("matrix-task-cell");
            mark.getStyleClass().add("matrix-warning");
            setOnMouseEntered(e -> {
                if (tooltip == null && tip != null) {
                    tooltip = BoardCells.tooltip(tip);
                    setTooltip(tooltip);
                }
            });
        }

        @Override
        protected void updateItem(BoardLine line, boolean empty) {
            super.updateItem(line, empty);
            boolean warn = !empty && leadWarning.test(line);
            pseudoClassStateChanged(WARNING, warn);
            setGraphic(warn ? mark : null);
            if (empty || line == null) {
                setText(null);
                tip = null;
                setTooltip(null);
                return;
            }
            String text = line instanceof BoardLine.Group g ? TaskLabels.directiveWithSummary(g.directive())
                    : ((BoardLine.Item) line).row().task().text();
            setText(text);
            tip = warn ? Messages.get("tasks.matrix.leadWarning", text) : text;
            if (tooltip != null) {
                tooltip.setText(tip);
                setTooltip(tooltip);
            }
        }
    }

    private static final javafx.css.PseudoClass WARNING = javafx.css.PseudoClass.getPseudoClass("lead-warning");
    private static final java.util.Map<Object, javafx.css.PseudoClass> STATES = new java.util.HashMap<>();

    static {
        for (AssignmentRole role : AssignmentRole.values()) {
            STATES.put(role, javafx.css.PseudoClass.getPseudoClass("role-" + role.name().toLowerCase()));
        }
        for (TaskState state : TaskState.values()) {
            STATES.put(state, javafx.css.PseudoClass.getPseudoClass(TaskLabels.styleOf(state)));
        }
    }

    /** C, P, Đ: read once, not looked up for every cell scrolled into view. */
    private static final java.util.Map<AssignmentRole, String> LETTERS = new java.util.EnumMap<>(AssignmentRole.class);

    static {
        for (AssignmentRole role : AssignmentRole.values()) {
            LETTERS.put(role, TaskLabels.letter(role));
        }
    }

    private static javafx.css.PseudoClass pseudo(Object key) {
        return STATES.get(key);
    }

    /** A cell of the matrix: the role's letter, coloured by the task's state (pseudo-classes, cheap to switch). */
    static final class RoleCell extends TableCell<BoardLine, AssignmentRole> {

        RoleCell() {
            getStyleClass().add("matrix-cell");
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(AssignmentRole role, boolean empty) {
            super.updateItem(role, empty);
            TaskState state = !empty && role != null && getTableRow() != null
                    && getTableRow().getItem() instanceof BoardLine.Item item ? item.schedule().state() : null;
            for (AssignmentRole r : AssignmentRole.values()) {
                pseudoClassStateChanged(pseudo(r), r == role && !empty);
            }
            for (TaskState s : TaskState.values()) {
                pseudoClassStateChanged(pseudo(s), s == state);
            }
            setText(empty || role == null ? null : LETTERS.get(role));
        }
    }

    private static final javafx.css.PseudoClass GROUP = javafx.css.PseudoClass.getPseudoClass("group");
    private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");
    private static final javafx.css.PseudoClass SOON = javafx.css.PseudoClass.getPseudoClass("due-soon");

    static final class MatrixRow extends TableRow<BoardLine> {

        MatrixRow() {
            getStyleClass().add("matrix-row");
        }

        @Override
        protected void updateItem(BoardLine line, boolean empty) {
            super.updateItem(line, empty);
            BoardLine.Item item = !empty && line instanceof BoardLine.Item i ? i : null;
            pseudoClassStateChanged(GROUP, !empty && line instanceof BoardLine.Group);
            pseudoClassStateChanged(OVERDUE, item != null && item.schedule().overdue());
            pseudoClassStateChanged(SOON, item != null && item.schedule().dueSoon());
        }
    }
}
