package vn.cchcdesk.ui.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.report.ResponsibilityMatrix;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.report.print.MatrixPrint;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.print.PrintPreviewDialog;

/**
 * In ma trận…: what the matrix shows (its filters applied) taken on the FX thread, the commune's
 * header read with the pages built off it, then the print preview.
 */
final class MatrixPrinting {

    private MatrixPrinting() {
    }

    static void preview(UiContext ui, MatrixViewModel matrix, TaskBoardViewModel board, SettingsService settings) {
        Function<CommuneSettings, ResponsibilityMatrix> shown = snapshot(matrix, board);
        PrintPreviewDialog.show(ui, ui.owner(), () -> MatrixPrint.of(shown.apply(settings.communeOrBlank())));
    }

    /** The matrix as shown now; the commune comes later, from the database. */
    static Function<CommuneSettings, ResponsibilityMatrix> snapshot(MatrixViewModel matrix, TaskBoardViewModel board) {
        List<Unit> units = List.copyOf(matrix.units());
        List<ResponsibilityMatrix.Directive> directives = new ArrayList<>();
        vn.cchcdesk.domain.document.DocumentRef directive = null;
        List<ResponsibilityMatrix.Line> lines = new ArrayList<>();
        int shown = 0;
        for (BoardLine line : matrix.lines()) {
            if (line instanceof BoardLine.Group group) {
                if (directive != null) {
                    directives.add(new ResponsibilityMatrix.Directive(directive, lines));
                }
                directive = group.directive();
                lines = new ArrayList<>();
            } else if (line instanceof BoardLine.Item item) {
                if (directive == null) {
                    directive = item.row().directive();
                }
                List<AssignmentRole> roles = new ArrayList<>();
                for (Unit unit : units) {
                    roles.add(matrix.role(item, unit));
                }
                lines.add(new ResponsibilityMatrix.Line(item.row().task().text(), item.schedule().nextDue(), item.schedule().state(), roles));
                shown++;
            }
        }
        if (directive != null) {
            directives.add(new ResponsibilityMatrix.Directive(directive, lines));
        }
        int total = board.allRows().size();
        int count = shown;
        LocalDate asOf = board.today();
        return commune -> new ResponsibilityMatrix(commune, asOf, units, directives, count, total);
    }
}
