package vn.cchcdesk.ui.print;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.print.PageRange;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.stage.Window;
import vn.cchcdesk.report.print.PageSetup;

/**
 * A printer for tests (Monocle has none): its print dialog is confirmed at once with the pages
 * given; each page waits in {@link #printPage} until the test lets it through, and what was
 * printed, on which thread, is written down.
 */
final class StandInPrinter implements Printers, PrintJob {

    /** A page as it reached the printer. */
    record Page(List<String> texts, String thread, boolean fxThread, boolean inAScene) {
    }

    private final List<PageRange> ranges;
    private final Semaphore letThrough = new Semaphore(0);
    private final Semaphore arrived = new Semaphore(0);
    final List<Page> pages = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile boolean dialogOnFxThread;
    volatile boolean cancelledOnFxThread;

    StandInPrinter(PageRange... ranges) {
        this.ranges = List.of(ranges);
    }

    @Override
    public boolean found() {
        return true;
    }

    @Override
    public Choice choose(Window owner, String jobName, int pageCount) {
        dialogOnFxThread = Platform.isFxApplicationThread();
        calls.add("dialog " + jobName + " " + pageCount);
        return Choice.of(this);
    }

    @Override
    public String printerName() {
        return "Máy in thử";
    }

    @Override
    public List<PageRange> pageRanges() {
        return ranges;
    }

    @Override
    public boolean printPage(PageSetup setup, Node page) {
        pages.add(new Page(texts(page), Thread.currentThread().getName(), Platform.isFxApplicationThread(), page.getScene() != null));
        calls.add("page");
        arrived.release();
        try {
            if (!letThrough.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the page through");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    @Override
    public boolean endJob() {
        calls.add("end");
        return true;
    }

    @Override
    public void cancelJob() {
        cancelledOnFxThread = Platform.isFxApplicationThread();
        calls.add("cancel");
    }

    /** Waits until the next page is in {@link #printPage}. */
    void awaitPage() throws InterruptedException {
        if (!arrived.tryAcquire(60, TimeUnit.SECONDS)) {
            throw new AssertionError("no page reached the printer; calls: " + calls);
        }
    }

    /** Lets the page waiting in {@link #printPage} through. */
    void finishPage() {
        letThrough.release();
    }

    private static List<String> texts(Node page) {
        return ((Parent) page).getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
    }
}
