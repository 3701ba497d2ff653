package vn.cchcdesk.report.print;

import java.util.List;

/**
 * What a printed form holds, before it is cut into pages: a cover on its own page (a register's),
 * the blocks above the table (official header, title, the span), the table (or none), and the
 * blocks under it (notes, date line, signatures). Built from the same models and columns as the
 * workbooks.
 *
 * @param name what the preview's window and the print job are called
 */
public record PrintDocument(String name, PageSetup.Orientation orientation, List<Block> cover, List<Block> top, PrintTable table,
                            List<Block> bottom) {

    public PrintDocument {
        cover = List.copyOf(cover);
        top = List.copyOf(top);
        bottom = List.copyOf(bottom);
    }

    /** A document without a cover. */
    public PrintDocument(String name, PageSetup.Orientation orientation, List<Block> top, PrintTable table, List<Block> bottom) {
        this(name, orientation, List.of(), top, table, bottom);
    }
}
