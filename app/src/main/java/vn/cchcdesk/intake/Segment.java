package vn.cchcdesk.intake;

import java.util.List;

/**
 * A logical piece of a directive: a paragraph with its wrapped lines joined, one list item, one
 * header line, or a plan's task table.
 *
 * @param text  the joined text (NFC, whitespace collapsed); "" for a table
 * @param lines the clean lines it was joined from, for parts that need the line structure (the
 *              issuing body, the signer)
 * @param table a task table, else null
 */
record Segment(String text, List<String> lines, TextBlock.Table table) {

    Segment {
        lines = List.copyOf(lines);
    }

    static Segment of(String text) {
        return new Segment(text, List.of(text), null);
    }

    boolean isTable() {
        return table != null;
    }

    @Override
    public String toString() {
        return isTable() ? "[table " + table.rows().size() + " rows]" : text;
    }
}
