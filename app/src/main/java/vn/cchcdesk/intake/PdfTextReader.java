package vn.cchcdesk.intake;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer (PDFBox), sorted by position. Two things PDFBox alone loses are kept: a wide
 * horizontal gap inside a line becomes a tab, so that the two columns of a header or a closing
 * set side by side stay apart; and a short line followed by one that starts like a new paragraph
 * ends its paragraph, where PDFBox's spacing rules missed it.
 */
final class PdfTextReader {

    private PdfTextReader() {
    }

    static List<TextBlock> read(PDDocument document) throws IOException {
        Collector collector = new Collector();
        collector.setSortByPosition(true);
        collector.writeText(document, Writer.nullWriter());
        return collector.blocks;
    }

    private record Line(String text, float startX, float endX, boolean paragraphStart) {
    }

    private static final class Collector extends PDFTextStripper {

        private final List<TextBlock> blocks = new ArrayList<>();
        private final List<Line> pageLines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private float lineStartX;
        private float lineEndX;
        private boolean pendingSpace;
        private boolean paragraphStart = true;

        Collector() throws IOException {
            super();
        }

        @Override
        protected void writeParagraphStart() {
            flushLine();
            paragraphStart = true;
        }

        @Override
        protected void writeLineSeparator() {
            flushLine();
        }

        @Override
        protected void writeWordSeparator() {
            pendingSpace = true;
        }

        @Override
        protected void writePageEnd() {
            flushLine();
            flushPage();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                if (line.length() == 0) {
                    lineStartX = first.getXDirAdj();
                } else if (first.getXDirAdj() - lineEndX > Math.max(18f, 2f * first.getFontSizeInPt())) {
                    line.append('\t');
                    pendingSpace = false;
                }
                TextPosition last = positions.get(positions.size() - 1);
                lineEndX = last.getXDirAdj() + last.getWidthDirAdj();
            }
            if (pendingSpace && line.length() > 0) {
                line.append(' ');
            }
            pendingSpace = false;
            line.append(text);
        }

        private void flushLine() {
            pendingSpace = false;
            if (line.toString().isBlank()) {
                line.setLength(0);
                return;
            }
            pageLines.add(new Line(line.toString(), lineStartX, lineEndX, paragraphStart));
            paragraphStart = false;
            line.setLength(0);
        }

        private void flushPage() {
            float rightEdge = 0;
            for (Line l : pageLines) {
                if (l.text().length() > 40) {
                    rightEdge = Math.max(rightEdge, l.endX());
                }
            }
            List<String> paragraph = new ArrayList<>();
            Line previous = null;
            for (Line l : pageLines) {
                boolean shortBefore = previous != null && rightEdge > 0
                        && previous.endX() < previous.startX() + 0.7f * (rightEdge - previous.startX())
                        && startsLikeParagraph(l.text());
                if ((l.paragraphStart() || shortBefore) && !paragraph.isEmpty()) {
                    blocks.add(new TextBlock.Paragraph(paragraph));
                    paragraph = new ArrayList<>();
                }
                paragraph.add(l.text());
                previous = l;
            }
            if (!paragraph.isEmpty()) {
                blocks.add(new TextBlock.Paragraph(paragraph));
            }
            pageLines.clear();
            paragraphStart = true;
        }

        private static boolean startsLikeParagraph(String text) {
            String t = text.strip();
            if (t.isEmpty()) {
                return false;
            }
            char c = t.charAt(0);
            return Character.isUpperCase(c) || Character.isDigit(c) || c == '-' || c == '+' || c == '•';
        }
    }
}
