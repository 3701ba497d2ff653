package vn.cchcdesk.domain.activity;

/**
 * The order of the activity list: a column and a direction. Text columns are put in Vietnamese
 * order (Đ after D, Ư after U), which the database cannot do.
 */
public record ActivitySort(Column column, boolean descending) {

    /** What the list is sorted by. */
    public enum Column {
        DATE, UNIT, FORM, TITLE, QUANTITY, DURATION, PARTICIPANTS;

        /** True when the column holds text and is sorted with the Vietnamese collator. */
        public boolean isText() {
            return this == UNIT || this == FORM || this == TITLE;
        }
    }

    public ActivitySort {
        if (column == null) {
            throw new IllegalArgumentException("A sort needs a column");
        }
    }

    /** The clerk's usual view: newest first. */
    public static ActivitySort newestFirst() {
        return new ActivitySort(Column.DATE, true);
    }
}
