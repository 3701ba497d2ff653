package vn.cchcdesk.report.print;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.print.PrintPage.Stroke;
import vn.cchcdesk.report.print.PrintPage.TextRun;

/**
 * Cuts a {@link PrintDocument} into A4 pages: the blocks above the table on the first page, the
 * table's header at the top of every page the table runs on, rows kept whole (a row is split
 * only when it is taller than a page), the closing blocks kept whole after the table, and
 * "Trang x/y" at the foot of every page. The table is fitted to the page width as the workbook
 * prints (its widths are Excel characters; a wider table prints smaller). Pure arithmetic over
 * a {@link TextMeasure}: no toolkit needed.
 */
public final class Paginator {

    /** Line height as a multiple of the font size. */
    static final double LINE = 1.15;
    /** Space inside a cell, left and right / above and below, in points at full size. */
    static final double PAD_X = 2.5;
    static final double PAD_Y = 2;
    /** An Excel character of Times New Roman 12 is 8 px, plus 5 px of padding per column: 6 pt and 3.75 pt. */
    static final double CHAR_POINTS = 6;
    static final double COLUMN_POINTS = 3.75;
    static final double FOOTER_SIZE = 11;
    static final double BORDER = 0.5;

    private final PageSetup setup;
    private final TextMeasure measure;
    private final List<List<TextRun>> texts = new ArrayList<>();
    private final List<List<Stroke>> strokes = new ArrayList<>();
    private double y;

    private Paginator(PageSetup setup, TextMeasure measure) {
        this.setup = setup;
        this.measure = measure;
    }

    public static PagedDocument paginate(PrintDocument document, TextMeasure measure) {
        PageSetup setup = PageSetup.a4(document.orientation());
        Paginator paginator = new Paginator(setup, measure);
        paginator.newPage();
        if (!document.cover().isEmpty()) {
            for (Block block : document.cover()) {
                paginator.place(block);
            }
            paginator.newPage();
        }
        for (Block block : document.top()) {
            paginator.place(block);
        }
        if (document.table() != null) {
            new TableLayout(document.table(), setup, measure).placeOn(paginator);
        }
        for (Block block : document.bottom()) {
            paginator.place(block);
        }
        return new PagedDocument(document.name(), setup, paginator.pages());
    }

    // ------------------------------------------------------------------ pages

    void newPage() {
        texts.add(new ArrayList<>());
        strokes.add(new ArrayList<>());
        y = setup.top();
    }

    /** True when nothing is on the current page yet. */
    boolean pageEmpty() {
        return texts.get(texts.size() - 1).isEmpty() && strokes.get(strokes.size() - 1).isEmpty();
    }

    double y() {
        return y;
    }

    void advance(double height) {
        y += height;
    }

    double room() {
        return setup.contentBottom() - y;
    }

    void text(String text, double x, double baseline, double width, TextStyle style) {
        if (!text.isEmpty()) {
            texts.get(texts.size() - 1).add(new TextRun(text, x, baseline, width, style));
        }
    }

    void stroke(double x1, double y1, double x2, double y2) {
        strokes.get(strokes.size() - 1).add(new Stroke(x1, y1, x2, y2, BORDER));
    }

    private List<PrintPage> pages() {
        int count = texts.size();
        List<PrintPage> pages = new ArrayList<>();
        TextStyle footer = TextStyle.centre().sized(FOOTER_SIZE);
        for (int i = 0; i < count; i++) {
            List<TextRun> runs = new ArrayList<>(texts.get(i));
            String label = Messages.get("print.page.footer", i + 1, count);
            double width = measure.width(label, footer);
            runs.add(new TextRun(label, (setup.width() - width) / 2, setup.height() - setup.footer(), width, footer));
            pages.add(new PrintPage(i + 1, count, runs, strokes.get(i)));
        }
        return pages;
    }

    // ------------------------------------------------------------------ blocks

    /** Lays a block out whole, on a new page when it does not fit in what is left of this one. */
    private void place(Block block) {
        double height = blockHeight(block);
        double space = pageEmpty() ? 0 : block.spaceBefore();
        if (!pageEmpty() && space + height > room()) {
            newPage();
            space = 0;
        }
        y += space;
        double x = setup.left();
        double total = block.columns().stream().mapToDouble(Block.Column::weight).sum();
        for (Block.Column column : block.columns()) {
            double width = setup.contentWidth() * column.weight() / total;
            double lineY = y;
            for (BlockLine line : column.lines()) {
                lineY = placeLine(line, x, lineY, width);
            }
            x += width;
        }
        y += height;
    }

    private double blockHeight(Block block) {
        double total = block.columns().stream().mapToDouble(Block.Column::weight).sum();
        double height = 0;
        for (Block.Column column : block.columns()) {
            double width = setup.contentWidth() * column.weight() / total;
            double h = 0;
            for (BlockLine line : column.lines()) {
                h += TextWrap.lines(line.text(), width, line.style(), measure).size() * line.style().size() * LINE;
            }
            height = Math.max(height, h);
        }
        return height;
    }

    /** Places a block's line wrapped to its column; returns the top of the next line. */
    private double placeLine(BlockLine line, double x, double top, double width) {
        TextStyle style = line.style();
        double lineHeight = style.size() * LINE;
        for (String text : TextWrap.lines(line.text(), width, style, measure)) {
            double w = measure.width(text, style);
            double left = aligned(style.align(), x, width, w, 0);
            double baseline = top + baseline(style);
            text(text, left, baseline, w, style);
            if (line.rule() > 0 && !text.isEmpty()) {
                double ruleWidth = w * line.rule();
                double ruleLeft = left + (w - ruleWidth) / 2;
                // below the descenders, as Word draws the rule under the issuing body and the motto
                double ruleY = baseline + style.size() * 0.3;
                stroke(ruleLeft, ruleY, ruleLeft + ruleWidth, ruleY);
            }
            top += lineHeight;
        }
        return top;
    }

    /** Where a line's baseline sits below its top: the ascent of Times New Roman and half the leading. */
    static double baseline(TextStyle style) {
        return style.size() * (0.891 + (LINE - 1.107) / 2);
    }

    /** Left edge of a text of width {@code w} aligned within [x, x + width). */
    static double aligned(Align align, double x, double width, double w, double pad) {
        return switch (align) {
            case LEFT -> x + pad;
            case CENTRE -> x + (width - w) / 2;
            case RIGHT -> x + width - pad - w;
        };
    }
}
