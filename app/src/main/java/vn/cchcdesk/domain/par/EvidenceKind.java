package vn.cchcdesk.domain.par;

/** What an item of the evidence file is. Labels are {@code par.evidence.<CONSTANT>}. */
public enum EvidenceKind {
    PLAN, REPORT, ACTIVITY
}
