package vn.cchcdesk.domain.activity;

/**
 * Something an activity can be counted towards, as the link picker offers it: a task of a
 * directive or a target of a plan.
 *
 * @param label what the clerk reads: the task's text or the target, with the document it comes from
 */
public record LinkChoice(Kind kind, long id, String label) {

    /** What the activity is linked to. */
    public enum Kind {
        TASK, PLAN_TARGET
    }
}
