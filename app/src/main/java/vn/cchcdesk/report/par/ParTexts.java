package vn.cchcdesk.report.par;

import vn.cchcdesk.domain.par.Reason;
import vn.cchcdesk.i18n.Messages;

/** The sentences and names of the self-assessment, shared by the screen and the evidence file. */
public final class ParTexts {

    private ParTexts() {
    }

    public static String reason(Reason reason) {
        return Messages.get(reason.key(), reason.args().toArray());
    }

    public static String rootName(int year) {
        return Messages.get("par.export.root", year);
    }

    public static String summaryName(int year) {
        return Messages.get("par.export.summary", year);
    }

    public static String otherFolder() {
        return Messages.get("par.export.other");
    }
}
