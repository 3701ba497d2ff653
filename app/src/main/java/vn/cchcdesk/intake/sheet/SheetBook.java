package vn.cchcdesk.intake.sheet;

import java.util.List;
import vn.cchcdesk.domain.collect.ImportProgress;

/** A workbook being read: its sheets, and one sheet's rows on demand. */
interface SheetBook extends AutoCloseable {

    List<SheetRef> sheets();

    /**
     * @param maxRows stop after this many rows (a look at the header), or -1 for all
     * @throws java.util.concurrent.CancellationException when progress says cancelled
     */
    SheetTable read(SheetRef sheet, int maxRows, ImportProgress progress) throws Exception;

    @Override
    void close();
}
