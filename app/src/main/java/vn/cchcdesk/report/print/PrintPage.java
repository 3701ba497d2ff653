package vn.cchcdesk.report.print;

import java.util.List;

/**
 * One laid-out page: every line of text where it prints and every rule (cell borders, the lines
 * under the header block), in points from the paper's top-left corner.
 */
public record PrintPage(int number, int count, List<TextRun> texts, List<Stroke> strokes) {

    /**
     * A line of text; {@code y} is its baseline, {@code width} as measured when it was laid out
     * (the preview draws it no wider, whatever font the computer substitutes).
     */
    public record TextRun(String text, double x, double y, double width, TextStyle style) {
    }

    /** A straight line, 0.5 pt unless said. */
    public record Stroke(double x1, double y1, double x2, double y2, double weight) {
    }

    public PrintPage {
        texts = List.copyOf(texts);
        strokes = List.copyOf(strokes);
    }

    /** Every text of the page, in the order laid out (for searching and tests). */
    public List<String> lines() {
        return texts.stream().map(TextRun::text).toList();
    }

    public boolean contains(String text) {
        return texts.stream().anyMatch(t -> t.text().contains(text));
    }
}
