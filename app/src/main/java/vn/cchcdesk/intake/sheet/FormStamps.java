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
public final class FormStamps {

    /** The very hidden sheet with the form's unit and period. */
    public static final String STAMP_SHEET = "ThongTin";
    /** The hidden sheet with the drop-down lists. */
    public static final String LISTS_SHEET = "DanhMuc";
    public static final String KEY_APP = "app";
    public static final String KEY_UNIT_ID = "unit_id";
    public static final String KEY_UNIT_NAME = "unit_name";
    public static final String KEY_PERIOD = "period";
    public static final String APP = "cchc-desk unit form 1";

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
            if (!APP.equals(values.get(KEY_APP))) {
                return null;
            }
            Long unitId = null;
            try {
                String id = values.get(KEY_UNIT_ID);
                unitId = id == null || id.isBlank() ? null : Long.valueOf(id);
            } catch (NumberFormatException e) {
                // a stamp edited by hand: the unit is then taken from the rows or the clerk
            }
            return new FormStamp(unitId, blankToNull(values.get(KEY_UNIT_NAME)), blankToNull(values.get(KEY_PERIOD)));
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
