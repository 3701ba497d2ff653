package vn.cchcdesk.ui.collect;

import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.collect.ImportField;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.RowProblem;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.intake.sheet.ImportTexts;

/** What the preview tables show of a row and a problem. */
final class RowTexts {

    private RowTexts() {
    }

    /** The value as it will be saved for a row that forms an activity (05/04/2026, the catalogue's names), as written otherwise. */
    static String cell(ImportRow row, ImportField field, ImportViewModel names) {
        Activity a = row.activity();
        if (a != null) {
            switch (field) {
                case DATE -> {
                    return Formats.date(a.date());
                }
                case QUANTITY -> {
                    return Formats.integer(a.quantity());
                }
                case DURATION -> {
                    return a.durationMinutes() == null ? "" : Formats.integer(a.durationMinutes());
                }
                case PARTICIPANTS -> {
                    return a.participants() == null ? "" : Formats.integer(a.participants());
                }
                case UNIT -> {
                    return names.unitName(a.unitId());
                }
                case FORM -> {
                    return names.formName(a.formId());
                }
                default -> {
                    // the rest as the file wrote it
                }
            }
        }
        return row.written(field);
    }

    /** "D · Hình thức", or the field when the problem is not a cell's. */
    static String column(RowProblem p) {
        return ImportTexts.where(p);
    }
}
