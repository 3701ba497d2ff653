package vn.cchcdesk.ui.common;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a file with the program the system uses for it (Word, the PDF reader…). Call off the FX thread. */
@FunctionalInterface
public interface FileViewer {

    void open(Path file) throws IOException;

    /** Shows a file where it lies (the folder, the file selected where the system can): after an export. */
    default void reveal(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        open(folder == null ? file : folder);
    }
}
