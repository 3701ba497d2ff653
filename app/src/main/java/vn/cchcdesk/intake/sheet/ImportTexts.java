package vn.cchcdesk.intake.sheet;

import vn.cchcdesk.domain.collect.Notice;
import vn.cchcdesk.domain.collect.RowProblem;
import vn.cchcdesk.i18n.Messages;

/** The Vietnamese lines the preview, the command line and the log write for problems and notices. */
public final class ImportTexts {

    private ImportTexts() {
    }

    /** "Hình thức" for a problem of a field's column; "Hình thức (cột D)" when the header differs. */
    public static String where(RowProblem p) {
        if (p.column() < 0) {
            return p.field() == null ? Messages.get("collect.problem.wholeRow") : SpreadsheetReader.fieldLabel(p.field());
        }
        String header = p.header().isEmpty() && p.field() != null ? SpreadsheetReader.fieldLabel(p.field()) : p.header();
        return Messages.get("collect.problem.column", p.columnLetter(), header);
    }

    public static String reason(RowProblem p) {
        return Messages.get(p.messageKey(), p.args().toArray());
    }

    /** "Dòng 12, cột D (Hình thức): Không có hình thức …" */
    public static String line(RowProblem p) {
        return Messages.get("collect.problem.line", p.row(), where(p), reason(p));
    }

    public static String notice(Notice n) {
        return Messages.get(n.messageKey(), n.args().toArray());
    }
}
