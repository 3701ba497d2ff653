package vn.cchcdesk.ui.tasks;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Keeps the matrix's two tables level: the fixed task table on the left scrolls with the unit
 * table's vertical bar (its own bar hidden), and a spacer under it matches the unit table's
 * sideways bar, so both viewports are equally tall and row n sits beside row n.
 */
final class MatrixScrolling {

    private final TableView<?> fixed;
    private final TableView<?> moving;
    private final Region spacer;
    private boolean synced;

    private MatrixScrolling(TableView<?> fixed, TableView<?> moving, Region spacer) {
        this.fixed = fixed;
        this.moving = moving;
        this.spacer = spacer;
    }

    static void keepInStep(TableView<?> fixed, TableView<?> moving, Region spacer) {
        MatrixScrolling scrolling = new MatrixScrolling(fixed, moving, spacer);
        // the scroll bars exist once the tables have their skins
        fixed.skinProperty().addListener(o -> Platform.runLater(scrolling::bind));
        moving.skinProperty().addListener(o -> Platform.runLater(scrolling::bind));
    }

    private void bind() {
        if (synced || fixed.getSkin() == null || moving.getSkin() == null) {
            return;
        }
        ScrollBar left = bar(fixed, Orientation.VERTICAL);
        ScrollBar right = bar(moving, Orientation.VERTICAL);
        ScrollBar sideways = bar(moving, Orientation.HORIZONTAL);
        if (left == null || right == null) {
            return;
        }
        synced = true;
        left.valueProperty().bindBidirectional(right.valueProperty());
        left.getStyleClass().add("matrix-hidden-bar");
        if (sideways != null) {
            spacer.minHeightProperty().bind(Bindings.when(sideways.visibleProperty()).then(sideways.heightProperty()).otherwise(0));
        }
    }

    private static ScrollBar bar(TableView<?> table, Orientation orientation) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == orientation) {
                return bar;
            }
        }
        return null;
    }
}
