package vn.cchcdesk.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dragged from the file manager onto the main window: the window shows it will take them
 * (pseudo-class {@code file-drag}), and on drop hands the files to the window's router. Controls
 * that take files themselves (a form's file list) consume their own drag events first.
 */
final class FileDrop {

    private static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("file-drag");

    private FileDrop() {
    }

    /** @param route takes the dropped files, false when no screen wants them */
    static void install(Node window, Predicate<List<Path>> route) {
        window.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                window.pseudoClassStateChanged(DRAGGING, true);
                e.consume();
            }
        });
        window.addEventHandler(DragEvent.DRAG_EXITED, e -> window.pseudoClassStateChanged(DRAGGING, false));
        window.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            window.pseudoClassStateChanged(DRAGGING, false);
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            List<Path> files = e.getDragboard().getFiles().stream().filter(File::isFile).map(File::toPath).toList();
            e.setDropCompleted(!files.isEmpty() && route.test(files));
            e.consume();
        });
    }
}
