package vn.cchcdesk.ui.tasks;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import vn.cchcdesk.i18n.Messages;

/**
 * The task column's cells and the matrix's rows (the unit columns are drawn by {@link MatrixRoleRow}).
 * Scrolling re-fills them many times a second, so each keeps its nodes and switches pseudo-classes
 * (cheap) rather than style classes or tooltips.
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
            mark(this, line, empty);
        }

        /** A directive's heading, an overdue task, a task due soon: each row of the matrix shows which it is. */
        static void mark(TableRow<BoardLine> row, BoardLine line, boolean empty) {
            BoardLine.Item item = !empty && line instanceof BoardLine.Item i ? i : null;
            row.pseudoClassStateChanged(GROUP, !empty && line instanceof BoardLine.Group);
            row.pseudoClassStateChanged(OVERDUE, item != null && item.schedule().overdue());
            row.pseudoClassStateChanged(SOON, item != null && item.schedule().dueSoon());
        }
    }
}
