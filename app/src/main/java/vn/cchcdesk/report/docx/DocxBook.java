package vn.cchcdesk.report.docx;

import java.math.BigInteger;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.cchcdesk.report.SafeFiles;
import vn.cchcdesk.report.TimesMetrics;

/**
 * A Word document in the layout of Nghị định 30 (DOMAIN.md §2): A4, margins top and bottom
 * 20 mm, left 30 mm, right 15 mm, Times New Roman (set as the document default and on every run,
 * so Word never falls back to Calibri), body 14 pt justified with a first-line indent and 6 pt
 * between paragraphs; borderless two-column tables for the header and the closing.
 */
public final class DocxBook implements AutoCloseable {

    public static final String FONT = "Times New Roman";
    public static final int BODY_SIZE = 14;
    /** Twips (1/20 pt): A4 and the margins. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int TOP = mm(20);
    static final int BOTTOM = mm(20);
    static final int LEFT = mm(30);
    static final int RIGHT = mm(15);
    /** The width text may take between the margins. */
    public static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    static final int FIRST_LINE_INDENT = 720;
    static final int PARAGRAPH_SPACING = 120;

    private final XWPFDocument document = new XWPFDocument();

    private DocxBook() {
        defaults();
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        margins.setGutter(BigInteger.ZERO);
        pageNumbers(section);
    }

    /** Page numbers centred in the top margin from the second page on, as Nghị định 30 numbers pages. */
    private void pageNumbers(CTSectPr section) {
        section.addNewTitlePg();
        document.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph p = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTRPr rpr = field.addNewR().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(26));
        field.getRArray(0).addNewT().setStringValue("2");
    }

    public static DocxBook create() {
        return new DocxBook();
    }

    public XWPFDocument poi() {
        return document;
    }

    static int mm(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    /** Times New Roman 14 and Vietnamese as the document's defaults. */
    private void defaults() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        run.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        run.addNewLang().setVal("vi-VN");
        document.createStyles().setStyles(styles);
    }

    // ------------------------------------------------------------ paragraphs

    /** A body paragraph: justified, first line indented, 6 pt before. */
    public XWPFParagraph body(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        run(p, text, BODY_SIZE, "");
        return p;
    }

    /** A heading inside the body ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"): bold, indented like the body, not stretched. */
    public XWPFParagraph heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        run(p, text, BODY_SIZE, "b");
        return p;
    }

    /** A centred line (titles), spacing before in points. */
    public XWPFParagraph centred(String text, int size, String style, int spacingBeforePoints) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
        p.setSpacingBefore(spacingBeforePoints * 20);
        run(p, text, size, style);
        return p;
    }

    /**
     * A short line centred under the paragraph above, as Nghị định 30 draws under the issuing
     * body, the national motto and the title: a border on an almost empty paragraph.
     *
     * @param widthTwips the line's length
     * @param spaceTwips the width of the column it is centred in
     */
    public static XWPFParagraph rule(XWPFParagraph p, int widthTwips, int spaceTwips) {
        int indent = Math.max(0, (spaceTwips - widthTwips) / 2);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(2, LineSpacingRule.EXACT);
        p.setBorderBottom(Borders.SINGLE);
        return p;
    }

    public XWPFParagraph rule(int widthTwips) {
        return rule(document.createParagraph(), widthTwips, TEXT_WIDTH);
    }

    /** Twips a text takes in Times New Roman at a size. */
    public static int widthOf(String text, int size, boolean bold) {
        return (int) Math.round(TimesMetrics.width(text, bold) * size * 20);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = document.createParagraph();
        format(p, alignment);
        return p;
    }

    /** Alignment, 6 pt before, nothing after, line spacing 1.15 (between the decree's single and 1.5). */
    public static void format(XWPFParagraph p, ParagraphAlignment alignment) {
        p.setAlignment(alignment);
        p.setSpacingBefore(PARAGRAPH_SPACING);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
    }

    /**
     * A run of Times New Roman on every script range (Vietnamese letters fall in the "hAnsi"
     * range, which Word otherwise fills from the theme).
     *
     * @param style any of "b", "i", "u"
     */
    public static XWPFRun run(XWPFParagraph p, String text, int size, String style) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(style.contains("b"));
        run.setItalic(style.contains("i"));
        if (style.contains("u")) {
            run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    // ------------------------------------------------------------ tables

    /** A one-row table without borders whose columns have these widths (twips), centred on the page. */
    public XWPFTable layoutTable(int... widths) {
        XWPFTable table = document.createTable(1, widths.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout() ? table.getCTTbl().getTblPr().getTblLayout()
                : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        table.setWidth(String.valueOf(total));
        // LibreOffice lays a table out by its grid, Word by its cells: both are set
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < widths.length; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
            XWPFTableCell cell = table.getRow(0).getCell(i);
            cell.setWidth(String.valueOf(widths[i]));
        }
        return table;
    }

    /** The first paragraph of a cell, formatted; later calls add paragraphs under it. */
    public static XWPFParagraph line(XWPFTableCell cell, ParagraphAlignment alignment, int spacingBeforePoints) {
        XWPFParagraph p = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                && cell.getParagraphs().get(0).getCTP().getPPr() == null ? cell.getParagraphs().get(0) : cell.addParagraph();
        format(p, alignment);
        p.setSpacingBefore(spacingBeforePoints * 20);
        return p;
    }

    // ------------------------------------------------------------ saving

    /** Written beside the target and moved over it ({@link SafeFiles}). */
    public void save(Path file) {
        SafeFiles.write(file, document::write);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (java.io.IOException ignored) {
            // nothing was written to the target by close
        }
    }
}
