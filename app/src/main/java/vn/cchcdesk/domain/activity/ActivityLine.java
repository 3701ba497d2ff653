package vn.cchcdesk.domain.activity;

/**
 * A line of the activity list: the row with what it is linked to (a task, plan target or
 * document, as a short text) and how many evidence files it has.
 */
public record ActivityLine(ActivityRow row, String linkedTo, int files) {

    public long id() {
        return row.id();
    }

    public Activity activity() {
        return row.activity();
    }
}
