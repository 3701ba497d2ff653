package vn.cchcdesk.ui.print;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.ResponsibilityMatrix;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.TaskSchedule;
import vn.cchcdesk.report.print.MatrixPrint;
import vn.cchcdesk.report.print.PrintDocument;
import vn.cchcdesk.report.print.QuarterlyPrint;
import vn.cchcdesk.report.print.RegisterPrint;
import vn.cchcdesk.ui.common.FxTaskRunner;
import vn.cchcdesk.ui.common.UiContext;

/**
 * For looking at the print preview on a virtual display (../shared/tools/screenshot.sh):
 * {@code -Ddata=DIR -Dwhat=in|out|matrix|b1|b2|b3|b4 -Dpage=2 -Dzoom=2} (zoom: index of the choices).
 */
public final class PrintPreviewShot extends Application {

    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(PrintPreviewShot.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
        App app = App.open(Path.of(System.getProperty("data")), clock);
        LocalDate today = LocalDate.now(clock);
        String what = System.getProperty("what", "in");
        List<PrintDocument> documents = switch (what) {
            case "in" -> List.of(RegisterPrint.of(app.registers().ofYear(Direction.IN, today.getYear())));
            case "out" -> List.of(RegisterPrint.of(app.registers().ofYear(Direction.OUT, today.getYear())));
            case "matrix" -> List.of(MatrixPrint.of(matrix(app, today)));
            default -> {
                var report = app.reports().quarterly(ReportingPeriod.quarter(today.getYear(), 2), today);
                yield List.of(switch (what) {
                    case "b2" -> QuarterlyPrint.units(report);
                    case "b3" -> QuarterlyPrint.tasks(report);
                    case "b4" -> QuarterlyPrint.documents(report);
                    default -> QuarterlyPrint.summary(report);
                });
            }
        };
        stage.setWidth(1360);
        stage.setHeight(760);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        UiContext ui = new UiContext(new FxTaskRunner(), clock, () -> stage, s -> { }, id -> { });
        Stage preview = PrintPreviewDialog.open(ui, stage, PrintPreviewDialog.paginate(documents));
        preview.setX(0);
        preview.setY(0);
        Platform.runLater(() -> {
            if (preview.getScene().lookup("#printPageField") instanceof javafx.scene.control.TextField field) {
                field.setText(System.getProperty("page", "1"));
                field.fireEvent(new javafx.event.ActionEvent());
            }
            if (preview.getScene().lookup("#printZoom") instanceof javafx.scene.control.ComboBox<?> zoom) {
                zoom.getSelectionModel().select(Integer.getInteger("zoom", 0));
            }
        });
    }

    private static ResponsibilityMatrix matrix(App app, LocalDate today) {
        List<Unit> units = app.catalog().units().stream().filter(Unit::active).toList();
        List<ResponsibilityMatrix.Directive> directives = new ArrayList<>();
        java.util.Map<Long, List<TaskRow>> byDirective = new java.util.LinkedHashMap<>();
        for (TaskRow row : app.tasks().rows()) {
            byDirective.computeIfAbsent(row.directive().id(), k -> new ArrayList<>()).add(row);
        }
        for (List<TaskRow> rows : byDirective.values()) {
            List<ResponsibilityMatrix.Line> lines = new ArrayList<>();
            for (TaskRow row : rows) {
                TaskSchedule s = row.schedule(today);
                lines.add(new ResponsibilityMatrix.Line(row.task().text(), s.nextDue(), s.state(),
                        units.stream().map(u -> row.task().roleOf(u.id())).toList()));
            }
            directives.add(new ResponsibilityMatrix.Directive(rows.get(0).directive(), lines));
        }
        int count = app.tasks().rows().size();
        return new ResponsibilityMatrix(app.settings().communeOrBlank(), today, units, directives, count, count);
    }
}
