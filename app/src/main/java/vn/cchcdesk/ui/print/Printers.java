package vn.cchcdesk.ui.print;

import javafx.stage.Window;

/** Where the preview prints: the computer's printers ({@link Printing#SYSTEM}), or a stand-in in tests. */
interface Printers {

    /** True when there is a printer to print on; asked off the FX thread (the print service may be slow). */
    boolean found();

    /**
     * Shows the system's print dialog for a job of {@code pageCount} pages; on the FX thread, from an
     * input event (the dialog runs a nested event loop). The job to send the pages to, or why there is none.
     */
    Choice choose(Window owner, String jobName, int pageCount);

    /** A confirmed job, or (job null) the outcome instead: no printer, or the dialog dismissed. */
    record Choice(PrintJob job, PageSending.Outcome otherwise) {

        static Choice of(PrintJob job) {
            return new Choice(job, null);
        }

        static Choice none(PageSending.Outcome why) {
            return new Choice(null, why);
        }
    }
}
