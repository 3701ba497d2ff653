package vn.cchcdesk.report.print;

import java.util.List;

/**
 * Text above or under the table, in columns side by side (the official header: issuing body left,
 * national motto right; the signatures), never split across pages.
 *
 * @param spaceBefore points left empty above the block
 */
public record Block(List<Column> columns, double spaceBefore) {

    /** A column of the block: its share of the width and its lines, each wrapped to it. */
    public record Column(double weight, List<BlockLine> lines) {

        public Column {
            lines = List.copyOf(lines);
        }
    }

    public Block {
        columns = List.copyOf(columns);
    }

    /** One column over the whole width. */
    public static Block of(double spaceBefore, BlockLine... lines) {
        return new Block(List.of(new Column(1, List.of(lines))), spaceBefore);
    }

    /** Two columns: the left one of {@code leftWeight} of the width. */
    public static Block two(double spaceBefore, double leftWeight, List<BlockLine> left, List<BlockLine> right) {
        return new Block(List.of(new Column(leftWeight, left), new Column(1 - leftWeight, right)), spaceBefore);
    }
}
