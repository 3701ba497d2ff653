package vn.cchcdesk.report.quarterly;

/** A piece of the written report's body: a heading ("I. …", "1. …"), a paragraph or a dash item. */
record Block(Kind kind, String text) {

    enum Kind { HEADING, SUBHEADING, PARAGRAPH, ITEM }

    static Block heading(String text) {
        return new Block(Kind.HEADING, text);
    }

    static Block subheading(String text) {
        return new Block(Kind.SUBHEADING, text);
    }

    static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }

    /** "- text" as Vietnamese reports list things. */
    static Block item(String text) {
        return new Block(Kind.ITEM, "- " + text);
    }
}
