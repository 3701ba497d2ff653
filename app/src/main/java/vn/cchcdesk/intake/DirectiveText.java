package vn.cchcdesk.intake;

import java.util.List;

/** The text read from a directive file, before any field is extracted. */
public record DirectiveText(String fileName, DirectiveFormat format, List<TextBlock> blocks) {

    public DirectiveText {
        blocks = List.copyOf(blocks);
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
