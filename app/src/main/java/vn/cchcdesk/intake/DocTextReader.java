package vn.cchcdesk.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** A Word 97-2003 .doc directive (POI HWPF): paragraphs and tables in document order. */
final class DocTextReader {

    private DocTextReader() {
    }

    static List<TextBlock> read(POIFSFileSystem fs) throws IOException {
        try (HWPFDocument document = new HWPFDocument(fs)) {
            Range range = document.getRange();
            List<TextBlock> blocks = new ArrayList<>();
            int count = range.numParagraphs();
            for (int i = 0; i < count; i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = tableStartingAt(range, paragraph);
                    if (table != null && table.numParagraphs() > 0) {
                        blocks.add(table(table));
                        i += table.numParagraphs() - 1;
                        continue;
                    }
                }
                blocks.add(new TextBlock.Paragraph(List.of(text(paragraph.text()).split("\n", -1))));
            }
            return blocks;
        }
    }

    private static Table tableStartingAt(Range range, Paragraph paragraph) {
        try {
            return range.getTable(paragraph);
        } catch (IllegalArgumentException e) {
            return null; // not the first paragraph of its table: read as plain text
        }
    }

    private static TextBlock.Table table(Table table) {
        List<List<TextBlock.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<TextBlock.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                List<String> paragraphs = new ArrayList<>();
                for (int p = 0; p < cell.numParagraphs(); p++) {
                    paragraphs.add(text(cell.getParagraph(p).text()));
                }
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && !rows.isEmpty()
                        && c < rows.get(rows.size() - 1).size()) {
                    cells.add(rows.get(rows.size() - 1).get(c));
                } else {
                    cells.add(new TextBlock.Cell(paragraphs));
                }
            }
            rows.add(cells);
        }
        return new TextBlock.Table(rows);
    }

    /**
     * Word 97 control characters: field codes (kept: their shown result), cell and row marks,
     * soft line breaks (vertical tab), page breaks and object anchors.
     */
    static String text(String raw) {
        String shown = Range.stripFields(raw);
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '\r', '\u0007', '\u000c' -> { }
                case '\u000b' -> out.append('\n');
                case '\t' -> out.append('\t');
                default -> {
                    if (c >= ' ' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
