package vn.cchcdesk.ui.tasks;

import vn.cchcdesk.ui.common.FileViewer;

/**
 * Where the task screen's exports ask for a file and how they show it: the save dialog and the
 * screen's viewer, unless a test has put its own in place (the window under TestFX cannot drive
 * a native dialog, nor should it open a file manager).
 */
public final class ExportTarget {

    private static final ExportChooser SYSTEM = ExportChooser.system();
    private static volatile ExportChooser testChooser;
    private static volatile FileViewer testViewer;

    private ExportTarget() {
    }

    /** A chooser and a viewer for the exports of every task screen opened from now on, until {@link #reset}. */
    public static void useInTests(ExportChooser chooser, FileViewer viewer) {
        testChooser = chooser;
        testViewer = viewer;
    }

    public static void reset() {
        testChooser = null;
        testViewer = null;
    }

    static ExportChooser chooser() {
        ExportChooser chooser = testChooser;
        return chooser != null ? chooser : SYSTEM;
    }

    static FileViewer viewer(FileViewer screens) {
        FileViewer viewer = testViewer;
        return viewer != null ? viewer : screens;
    }
}
