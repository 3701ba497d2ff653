package vn.cchcdesk.domain.activity;

import vn.cchcdesk.domain.catalog.FormGroup;

/**
 * An activity as the list shows it: with the names of its unit and form and the form's unit of
 * measure, read in the same query.
 */
public record ActivityRow(Activity activity, String unitName, String formName, String measureUnit, FormGroup group) {

    public long id() {
        return activity.id();
    }
}
