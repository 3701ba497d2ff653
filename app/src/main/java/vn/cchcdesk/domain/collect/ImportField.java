package vn.cchcdesk.domain.collect;

/**
 * What a column of an imported sheet holds: the fields of an activity a unit reports. The labels
 * are {@code collect.field.<CONSTANT>}.
 */
public enum ImportField {
    DATE, UNIT, FORM, TITLE, QUANTITY, MEASURE_UNIT, DURATION, PARTICIPANTS, LINK, NOTES;

    /** Fields without which no row can be imported (the unit may also come from the form or the clerk). */
    public boolean required() {
        return this == DATE || this == FORM || this == TITLE;
    }
}
