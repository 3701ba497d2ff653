package vn.cchcdesk.ui.print;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import vn.cchcdesk.report.print.PageSetup;
import vn.cchcdesk.report.print.PrintPage;
import vn.cchcdesk.report.print.TextStyle;

/**
 * A laid-out page as JavaFX nodes in points (1/72 inch) from the paper's top-left corner: the
 * same node is shown (scaled) in the preview and handed to the printer. Each line of text is a
 * {@link Text} at the place the paginator chose; a font wider than Times New Roman is squeezed to
 * the measured width so that it stays inside its cell.
 */
final class PageNodes {

    private PageNodes() {
    }

    static Pane render(PrintPage page, PageSetup setup) {
        Pane sheet = new Pane();
        sheet.getStyleClass().add("print-sheet");
        sheet.setMinSize(setup.width(), setup.height());
        sheet.setPrefSize(setup.width(), setup.height());
        sheet.setMaxSize(setup.width(), setup.height());
        sheet.setStyle("-fx-background-color: white;");
        Map<TextStyle, Font> fonts = new HashMap<>();
        for (PrintPage.Stroke stroke : page.strokes()) {
            Line line = new Line(stroke.x1(), stroke.y1(), stroke.x2(), stroke.y2());
            line.setStrokeWidth(stroke.weight());
            line.setStyle("-fx-stroke: black;");
            sheet.getChildren().add(line);
        }
        for (PrintPage.TextRun run : page.texts()) {
            Text text = new Text(run.x(), run.y(), run.text());
            text.setFont(fonts.computeIfAbsent(run.style(), PrintFonts::of));
            text.setStyle("-fx-fill: black;");
            double drawn = text.getLayoutBounds().getWidth();
            if (drawn > run.width() * 1.01 && drawn > 0) {
                text.getTransforms().add(new Scale(run.width() / drawn, 1, run.x(), run.y()));
            }
            sheet.getChildren().add(text);
        }
        return sheet;
    }
}
