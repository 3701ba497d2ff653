package vn.cchcdesk.intake.sheet;

import java.util.HashMap;
import java.util.Map;
import vn.cchcdesk.domain.collect.FormStamp;
import vn.cchcdesk.domain.collect.ImportProgress;

/**
 * The information sheet of a unit form written by the app (very hidden, so units do not change
 * it): key in column A, value in column B. Read back, it tells the import whose numbers these are
 * and for which period, without the clerk saying so.
 */
final class FormStamps {

    static final String STAMP_SHEET = FormStamp.STAMP_SHEET;
    static final String LISTS_SHEET = FormStamp.LISTS_SHEET;

    private FormStamps() {
    }

    static boolean isOwnSheet(String name) {
        return STAMP_SHEET.equals(name) || LISTS_SHEET.equals(name);
    }

    /** The stamp of a form the app wrote, or null for any other workbook. */
    static FormStamp read(SheetBook book) throws Exception {
        for (SheetRef sheet : book.sheets()) {
            if (!sheet.name().equals(STAMP_SHEET)) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (SheetRow row : book.read(sheet, 50, ImportProgress.none()).rows()) {
                values.put(row.display(0), row.display(1));
            }
            if (!FormStamp.APP.equals(values.get(FormStamp.KEY_APP))) {
                return null;
            }
            Long unitId = null;
            try {
                String id = values.get(FormStamp.KEY_UNIT_ID);
                unitId = id == null || id.isBlank() ? null : Long.valueOf(id);
            } catch (NumberFormatException e) {
                // a stamp edited by hand: the unit is then taken from the rows or the clerk
            }
            return new FormStamp(unitId, blankToNull(values.get(FormStamp.KEY_UNIT_NAME)), blankToNull(values.get(FormStamp.KEY_PERIOD)));
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
