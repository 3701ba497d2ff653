package vn.cchcdesk.ui.history;

/** Message prefixes of the history window (registered in MessagesTest). */
public final class HistoryLabels {

    /** "history.action.CREATE" = "Tạo mới"… */
    public static final String ACTION_PREFIX = "history.action";

    private HistoryLabels() {
    }
}
