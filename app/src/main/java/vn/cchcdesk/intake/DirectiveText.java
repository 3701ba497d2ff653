package vn.cchcdesk.intake;

import java.util.List;

/** The text read from a directive file, before any field is extracted. */
public record DirectiveText(String fileName, DirectiveFormat format, List<TextBlock> blocks) {

    public DirectiveText {
        blocks = List.copyOf(blocks);
    }

    /**
     * The whole text, NFC, one paragraph or table cell per line: what full-text search indexes.
     */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (TextBlock block : blocks) {
            if (block instanceof TextBlock.Paragraph p) {
                appendLine(out, String.join(" ", p.lines()));
            } else if (block instanceof TextBlock.Table t) {
                for (List<TextBlock.Cell> row : t.rows()) {
                    for (TextBlock.Cell cell : row) {
                        appendLine(out, cell.text().replace('\n', ' '));
                    }
                }
            }
        }
        return out.toString().strip();
    }

    private static void appendLine(StringBuilder out, String line) {
        String clean = vn.cchcdesk.domain.text.VietnameseText.clean(line.replace('\t', ' '));
        if (!clean.isEmpty()) {
            out.append(clean).append('\n');
        }
    }

    /** Letters in the whole text: a PDF without a text layer has none. */
    public int letterCount() {
        int count = 0;
        for (TextBlock block : blocks) {
            if (block instanceof TextBlock.Paragraph p) {
                for (String line : p.lines()) {
                    count += letters(line);
                }
            } else if (block instanceof TextBlock.Table t) {
                for (List<TextBlock.Cell> row : t.rows()) {
                    for (TextBlock.Cell cell : row) {
                        count += letters(cell.text());
                    }
                }
            }
        }
        return count;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
