package vn.cchcdesk.domain.catalog;

/** Kinds of commune units (Nghị định 150/2025 structure, DOMAIN.md §4). */
public enum UnitKind {
    OFFICE, CENTRE, MASS_ORG, VILLAGE, SCHOOL, POLICE, MILITARY, OTHER
}
