package vn.cchcdesk.report.print;

/** Where a line of text sits across its cell or block. */
public enum Align {
    LEFT, CENTRE, RIGHT
}
