package vn.cchcdesk.ui.common;

import java.nio.file.Path;
import java.util.List;

/**
 * A screen that takes files dropped anywhere on the main window (Văn bản reads them as directives).
 * The window gives dropped files to the screen shown if it takes them, else to the first screen
 * that does, which it then shows.
 */
public interface FileDropTarget {

    /** Whether these files are for this screen. */
    boolean takesFiles(List<Path> files);

    /** Files dropped on the window; called on the FX thread. */
    void filesDropped(List<Path> files);
}
