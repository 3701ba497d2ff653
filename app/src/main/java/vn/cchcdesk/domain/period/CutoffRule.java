package vn.cchcdesk.domain.period;

/** How reporting periods are cut: Nghị định 09/2019 (15th to 14th) or calendar quarters. */
public enum CutoffRule {
    DECREE_09, CALENDAR
}
