package vn.cchcdesk.intake;

import java.util.List;

/**
 * A piece of a directive's text as its file lays it out: a paragraph (its visual lines), or a
 * table whose cells stay apart, so that the parser can tell the two columns of a header or a
 * closing from each other and read a plan's task table row by row.
 */
public sealed interface TextBlock {

    /** @param lines the paragraph's lines as they appear (wrapped, soft breaks), raw */
    record Paragraph(List<String> lines) implements TextBlock {
        public Paragraph {
            lines = List.copyOf(lines);
        }
    }

    /** @param rows each row's cells; a cell merged with the one above repeats its text */
    record Table(List<List<Cell>> rows) implements TextBlock {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** @param paragraphs the cell's paragraphs, each possibly with soft line breaks ("\n") */
    record Cell(List<String> paragraphs) {
        public Cell {
            paragraphs = List.copyOf(paragraphs);
        }

        public String text() {
            return String.join("\n", paragraphs);
        }
    }
}
