package vn.cchcdesk.ui.tasks;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.TaskMatrix;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.UnitDutyList;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.matrix.MatrixWorkbook;
import vn.cchcdesk.report.matrix.UnitDutiesWorkbook;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.store.task.TaskMatrices;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Xuất Excel… of the matrix and of a unit's tasks: what the screen shows (the board's filters),
 * states as of the day the board was loaded, written off the FX thread to the chosen file, which
 * is then shown in its folder.
 */
public final class TaskExportViewModel {

    private final SettingsService settings;
    private final FileViewer viewer;
    private final UiContext ui;
    private final TaskBoardViewModel board;
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public TaskExportViewModel(SettingsService settings, FileViewer viewer, UiContext ui, TaskBoardViewModel board) {
        this.settings = settings;
        this.viewer = viewer;
        this.ui = ui;
        this.board = board;
    }

    /** "Năm 2026", the filtered directive, or nothing when the screen shows every task. */
    String scope() {
        DocumentRef directive = board.directiveProperty().get();
        if (directive != null) {
            return TaskMatrices.directiveScope(directive);
        }
        Integer year = board.yearProperty().get();
        return year != null ? TaskMatrices.yearScope(year) : "";
    }

    private String fileScope() {
        DocumentRef directive = board.directiveProperty().get();
        if (directive != null) {
            return directive.number() != null ? directive.number().format() : directive.label();
        }
        Integer year = board.yearProperty().get();
        return year != null ? String.valueOf(year) : Messages.get("tasks.export.allTasks");
    }

    /** Characters no file system takes ("/" of a document's symbol) become "-". */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "-");
    }

    public String matrixFileName() {
        return safe(Messages.get("tasks.export.matrixFile", fileScope()));
    }

    public String dutiesFileName(Unit unit) {
        return safe(Messages.get("tasks.export.dutiesFile", unit.shortName() != null ? unit.shortName() : unit.name(), fileScope()));
    }

    /** Writes the matrix of the tasks shown. */
    public void exportMatrix(Path file) {
        List<TaskRow> rows = List.copyOf(board.visibleRows());
        List<Unit> units = List.copyOf(board.units());
        String scope = scope();
        var asOf = board.asOfProperty().get();
        write(file, () -> {
            TaskMatrix matrix = TaskMatrix.of(settings.communeOrBlank(), scope, asOf, units, rows);
            MatrixWorkbook.write(matrix, file);
            return Messages.get("tasks.export.matrixDone", Formats.integer(matrix.taskCount()), file.toAbsolutePath());
        });
    }

    /** Writes a unit's tasks under the filters other than the unit one, as the units' view lists them. */
    public void exportDuties(Unit unit, Path file) {
        List<TaskRow> rows = board.allRows().stream().filter(board.filterExceptUnit()).toList();
        String scope = scope();
        var asOf = board.asOfProperty().get();
        write(file, () -> {
            UnitDutyList list = UnitDutyList.of(settings.communeOrBlank(), unit, scope, asOf, rows);
            UnitDutiesWorkbook.write(list, file);
            return Messages.get("tasks.export.dutiesDone", Formats.integer(list.lines().size()), file.toAbsolutePath());
        });
    }

    private void write(Path file, java.util.concurrent.Callable<String> work) {
        busy.set(true);
        ui.runner().task(p -> work.call())
                .title(Messages.get("tasks.export.writing", file.getFileName()))
                .onSuccess(done -> {
                    ui.say(done);
                    ui.runner().task(p -> {
                        viewer.reveal(file);
                        return null;
                    }).onFailure(error -> { }).start();
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
