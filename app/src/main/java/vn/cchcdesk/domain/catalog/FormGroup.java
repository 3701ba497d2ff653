package vn.cchcdesk.domain.catalog;

/** The two groups the PAR criterion scores: online / IT forms and traditional forms. */
public enum FormGroup {
    ONLINE, TRADITIONAL
}
