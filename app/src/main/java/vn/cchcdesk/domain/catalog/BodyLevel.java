package vn.cchcdesk.domain.catalog;

/** The level of an external body that sends documents to the commune. */
public enum BodyLevel {
    CENTRAL, PROVINCE, DISTRICT, COMMUNE, PARTY, OTHER
}
