package vn.cchcdesk.intake.sheet;

import java.util.List;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.Notice;

/**
 * Which sheet of a workbook holds the activities: the first visible one whose first rows have a
 * recognisable header, else the first visible one with anything in it (its columns are then
 * mapped by the clerk). Hidden sheets are never taken: the app's own forms keep their lists
 * there, and a clerk cannot see what they hold.
 *
 * @param header the header found while choosing, or null when the clerk maps the columns
 */
record SheetChoice(SheetRef sheet, Headers.Found header) {

    static SheetChoice choose(SheetBook book, String fileName, boolean clerkMaps, List<Notice> notices) throws Exception {
        List<SheetRef> hidden = book.sheets().stream()
                .filter(s -> !s.visible() && !FormStamps.isOwnSheet(s.name()))
                .toList();
        if (!hidden.isEmpty()) {
            notices.add(Notice.of("collect.notice.hiddenSheets", String.join(", ", hidden.stream().map(SheetRef::name).toList())));
        }
        SheetRef firstFilled = null;
        for (SheetRef sheet : book.sheets()) {
            if (!sheet.visible()) {
                continue;
            }
            SheetTable head = book.read(sheet, Headers.SEARCH_ROWS, ImportProgress.none());
            if (head.rows().isEmpty()) {
                continue;
            }
            if (firstFilled == null) {
                firstFilled = sheet;
                if (clerkMaps) {
                    break;
                }
            }
            var found = Headers.find(head.rows());
            if (found.isPresent()) {
                return new SheetChoice(sheet, clerkMaps ? null : found.get());
            }
        }
        if (firstFilled == null) {
            throw new AppException("collect.file.emptySheet", fileName);
        }
        if (!clerkMaps) {
            notices.add(Notice.of("collect.notice.noHeader"));
        }
        return new SheetChoice(firstFilled, null);
    }
}
