package vn.cchcdesk.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds directive files the way offices lay them out, for tests: .docx with borderless
 * two-column header and closing tables and a plan's task table, .pdf with two columns set side by
 * side. The PDF font is a subset of DejaVu Sans with the Vietnamese letters (test resources).
 */
final class TestDocuments {

    private TestDocuments() {
    }

    /** A text as blocks: a paragraph, a table of cells (each cell its paragraphs split at "\n"). */
    sealed interface Part permits Para, Grid {
    }

    record Para(String text) implements Part {
    }

    /** @param borderless a layout table (header, closing) rather than a table of data */
    record Grid(List<List<String>> rows, boolean borderless) implements Part {
    }

    static Para p(String text) {
        return new Para(text);
    }

    static Grid layout(String... leftRight) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < leftRight.length; i += 2) {
            rows.add(List.of(leftRight[i], leftRight[i + 1]));
        }
        return new Grid(rows, true);
    }

    static Grid table(List<List<String>> rows) {
        return new Grid(rows, false);
    }

    static void writeDocx(Path file, List<Part> parts) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (Part part : parts) {
                if (part instanceof Para para) {
                    document.createParagraph().createRun().setText(para.text());
                } else if (part instanceof Grid grid) {
                    XWPFTable table = document.createTable(grid.rows().size(), grid.rows().get(0).size());
                    if (grid.borderless()) {
                        table.removeBorders();
                    }
                    for (int r = 0; r < grid.rows().size(); r++) {
                        XWPFTableRow row = table.getRow(r);
                        for (int c = 0; c < grid.rows().get(r).size(); c++) {
                            fill(row.getCell(c), grid.rows().get(r).get(c));
                        }
                    }
                }
            }
            document.write(out);
        }
    }

    /** A cell's text, one paragraph per line; "^" alone continues the merge of the cell above. */
    private static void fill(XWPFTableCell cell, String text) {
        if (text.equals("^")) {
            cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            return;
        }
        String[] lines = text.split("\n");
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    /**
     * A PDF line: {@code left} at the left margin (wrapped if long), {@code right} (may be null)
     * set beside it at mid-page on the same baseline.
     */
    record PdfLine(String left, String right) {
    }

    static PdfLine line(String left) {
        return new PdfLine(left, null);
    }

    static PdfLine beside(String left, String right) {
        return new PdfLine(left, right);
    }

    static void writePdf(Path file, List<PdfLine> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = TestDocuments.class.getResourceAsStream("/fonts/vn-sans.ttf")) {
                // The whole (already subset) font is embedded: subsetting it again would lose glyphs.
                font = PDType0Font.load(document, in, false);
            }
            new PdfWriter(document, font).write(lines);
            document.save(file.toFile());
        }
    }

    private static final class PdfWriter {
        private static final float SIZE = 12f;
        private static final float LEADING = 16f;
        private static final float LEFT = 70f;
        private static final float MIDDLE = 320f;
        private static final float WIDTH = 460f;
        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        PdfWriter(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void write(List<PdfLine> lines) throws IOException {
            newPage();
            for (PdfLine line : lines) {
                if (line.left().isEmpty() && line.right() == null) {
                    y -= LEADING / 2; // paragraph spacing
                    continue;
                }
                if (line.right() != null) {
                    text(LEFT, line.left());
                    text(MIDDLE, line.right());
                    advance();
                } else {
                    for (String wrapped : wrap(line.left())) {
                        text(LEFT, wrapped);
                        advance();
                    }
                }
            }
            stream.close();
        }

        private List<String> wrap(String text) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * SIZE > WIDTH && current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                } else {
                    current.setLength(0);
                    current.append(candidate);
                }
            }
            out.add(current.toString());
            return out;
        }

        private void text(float x, String text) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, SIZE);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private void advance() throws IOException {
            y -= LEADING;
            if (y < 60) {
                stream.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - 60;
        }
    }
}
