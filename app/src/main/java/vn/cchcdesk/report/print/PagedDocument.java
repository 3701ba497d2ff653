package vn.cchcdesk.report.print;

import java.util.List;

/** A document cut into pages for one page setup: what the preview shows and the printer prints. */
public record PagedDocument(String name, PageSetup setup, List<PrintPage> pages) {

    public PagedDocument {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }
}
