package vn.cchcdesk.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.print.PageSetup;
import vn.cchcdesk.report.print.PagedDocument;
import vn.cchcdesk.report.print.PrintPage;

/**
 * The preview's state: every page of the documents shown (one after another), the page on
 * screen, the zoom, and whether the computer has a printer. No toolkit needed.
 */
public final class PrintPreviewModel {

    /** A page with the setup it prints on and the document it belongs to. */
    public record Sheet(PrintPage page, PageSetup setup, String document) {
    }

    /** How the page is sized on screen: fitted to the window, to its width, or a percentage of actual size. */
    public record Zoom(Kind kind, int percent) {

        public enum Kind { FIT_PAGE, FIT_WIDTH, PERCENT }

        public static final Zoom FIT_PAGE = new Zoom(Kind.FIT_PAGE, 0);
        public static final Zoom FIT_WIDTH = new Zoom(Kind.FIT_WIDTH, 0);

        public static Zoom percent(int percent) {
            return new Zoom(Kind.PERCENT, percent);
        }

        public static List<Zoom> choices() {
            List<Zoom> zooms = new ArrayList<>(List.of(FIT_PAGE, FIT_WIDTH));
            for (int p : new int[] {50, 75, 100, 125, 150, 200}) {
                zooms.add(percent(p));
            }
            return zooms;
        }

        public String label() {
            return switch (kind) {
                case FIT_PAGE -> Messages.get("print.preview.zoom.fitPage");
                case FIT_WIDTH -> Messages.get("print.preview.zoom.fitWidth");
                case PERCENT -> Messages.get("print.preview.zoom.percent", percent);
            };
        }

        /**
         * Screen pixels per point: a percentage of actual size (96 px per inch), or what fits
         * the page (less a margin) in the viewport.
         */
        public double pixelsPerPoint(PageSetup setup, double viewportWidth, double viewportHeight, double margin) {
            // a few pixels spare: the shadow and rounding would otherwise call up a scroll bar
            double byWidth = Math.max(0.05, (viewportWidth - 2 * margin - 4) / setup.width());
            return switch (kind) {
                case FIT_PAGE -> Math.min(byWidth, Math.max(0.05, (viewportHeight - 2 * margin - 4) / setup.height()));
                case FIT_WIDTH -> byWidth;
                case PERCENT -> percent / 100.0 * 96 / 72;
            };
        }
    }

    private final String name;
    private final List<Sheet> sheets = new ArrayList<>();
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.FIT_PAGE);
    private final BooleanProperty printerFound = new SimpleBooleanProperty(true);
    private final BooleanProperty printing = new SimpleBooleanProperty();

    public PrintPreviewModel(List<PagedDocument> documents) {
        this.name = String.join(", ", documents.stream().map(PagedDocument::name).toList());
        for (PagedDocument document : documents) {
            for (PrintPage page : document.pages()) {
                sheets.add(new Sheet(page, document.setup(), document.name()));
            }
        }
    }

    public String name() {
        return name;
    }

    public List<Sheet> sheets() {
        return sheets;
    }

    public int pageCount() {
        return sheets.size();
    }

    public Sheet current() {
        return sheets.get(index.get());
    }

    /** 0-based index of the page shown. */
    public IntegerProperty indexProperty() {
        return index;
    }

    /** Shows page {@code number} (1-based), kept within the pages. */
    public void goTo(int number) {
        index.set(Math.max(0, Math.min(sheets.size() - 1, number - 1)));
    }

    public void next() {
        goTo(index.get() + 2);
    }

    public void previous() {
        goTo(index.get());
    }

    public void first() {
        goTo(1);
    }

    public void last() {
        goTo(sheets.size());
    }

    /** "Trang 2/5". */
    public StringBinding pageLabel() {
        return Bindings.createStringBinding(() -> Messages.get("print.preview.pageOf", index.get() + 1, sheets.size()), index);
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    public BooleanProperty printerFoundProperty() {
        return printerFound;
    }

    /** Up from the print dialog to the last page sent: the preview's buttons are disabled meanwhile. */
    public BooleanProperty printingProperty() {
        return printing;
    }

    /** The 0-based indexes of pages from {@code from} to {@code to} (1-based, both included), kept within the pages. */
    public List<Integer> range(int from, int to) {
        List<Integer> pages = new ArrayList<>();
        for (int n = Math.max(1, from); n <= Math.min(to, sheets.size()); n++) {
            pages.add(n - 1);
        }
        return pages;
    }
}
