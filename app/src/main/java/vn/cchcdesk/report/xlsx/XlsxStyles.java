package vn.cchcdesk.report.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.FontFamily;

/**
 * The style set of one workbook: Times New Roman everywhere (including the workbook's default
 * font, which POI creates as Calibri bound to the theme), a title, table headers and body cells
 * with thin borders, integers and dates in the Vietnamese way ({@link XlsxFormats}), and the
 * texts of the official header, date line and signature block. Styles are made once per
 * workbook and shared by every sheet (Excel caps a workbook at 64,000 styles).
 */
public final class XlsxStyles {

    public static final String FONT = "Times New Roman";
    /** Body size of tables; the workbook's default font too, so column widths are measured in it. */
    public static final short BODY_SIZE = 12;

    private final XSSFWorkbook workbook;
    private final Map<String, Font> fonts = new HashMap<>();
    private final Map<String, CellStyle> styles = new HashMap<>();

    XlsxStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont normal = workbook.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints(BODY_SIZE);
        normal.setScheme(FontScheme.NONE);
        normal.setFamily(FontFamily.ROMAN);
    }

    // ------------------------------------------------------------ texts outside the table

    /** The form's title: bold 14, centred, wrapped. */
    public CellStyle title() {
        return style("title", 14, "b", HorizontalAlignment.CENTER, false, null);
    }

    /** A line under the title, e.g. the cut-off dates: italic 12, centred. */
    public CellStyle subtitle() {
        return style("subtitle", BODY_SIZE, "i", HorizontalAlignment.CENTER, false, null);
    }

    /** Issuing body and national motto of the official header: bold 12, centred. */
    public CellStyle headerBlock() {
        return style("headerBlock", BODY_SIZE, "b", HorizontalAlignment.CENTER, false, null);
    }

    /** "Độc lập - Tự do - Hạnh phúc": bold 13, underlined as the line the decree draws under it. */
    public CellStyle motto() {
        return style("motto", 13, "bu", HorizontalAlignment.CENTER, false, null);
    }

    /** The place-and-date line: italic, centred over the signer. */
    public CellStyle dateLine() {
        return style("dateLine", BODY_SIZE, "i", HorizontalAlignment.CENTER, false, null);
    }

    /** A signer's capacity and title, or the name: bold, centred. */
    public CellStyle signature() {
        return style("signature", BODY_SIZE, "b", HorizontalAlignment.CENTER, false, null);
    }

    /** "(Ký, ghi rõ họ tên)": italic, centred. */
    public CellStyle signatureNote() {
        return style("signatureNote", BODY_SIZE, "i", HorizontalAlignment.CENTER, false, null);
    }

    /** A note under a table: italic, left, wrapped. */
    public CellStyle note() {
        return style("note", BODY_SIZE, "i", HorizontalAlignment.LEFT, false, null);
    }

    /** Plain text outside a table. */
    public CellStyle plain() {
        return style("plain", BODY_SIZE, "", HorizontalAlignment.LEFT, false, null);
    }

    // ------------------------------------------------------------ table cells (thin borders)

    /** Column headers: bold, centred both ways, wrapped, bordered. */
    public CellStyle header() {
        return style("header", BODY_SIZE, "b", HorizontalAlignment.CENTER, true, null);
    }

    /** The row of column numbers under the headers: italic, centred. */
    public CellStyle columnNumber() {
        return style("columnNumber", BODY_SIZE, "i", HorizontalAlignment.CENTER, true, null);
    }

    public CellStyle text() {
        return style("text", BODY_SIZE, "", HorizontalAlignment.LEFT, true, null);
    }

    /** Text indented one step: rows that belong to the row above. */
    public CellStyle textIndented() {
        return style("textIndented", BODY_SIZE, "", HorizontalAlignment.LEFT, true, null, 1);
    }

    public CellStyle textBold() {
        return style("textBold", BODY_SIZE, "b", HorizontalAlignment.LEFT, true, null);
    }

    public CellStyle textItalic() {
        return style("textItalic", BODY_SIZE, "i", HorizontalAlignment.LEFT, true, null);
    }

    public CellStyle centre() {
        return style("centre", BODY_SIZE, "", HorizontalAlignment.CENTER, true, null);
    }

    public CellStyle centreBold() {
        return style("centreBold", BODY_SIZE, "b", HorizontalAlignment.CENTER, true, null);
    }

    public CellStyle integer() {
        return style("integer", BODY_SIZE, "", HorizontalAlignment.RIGHT, true, XlsxFormats.INTEGER);
    }

    public CellStyle integerBold() {
        return style("integerBold", BODY_SIZE, "b", HorizontalAlignment.RIGHT, true, XlsxFormats.INTEGER);
    }

    public CellStyle percent() {
        return style("percent", BODY_SIZE, "", HorizontalAlignment.RIGHT, true, XlsxFormats.PERCENT);
    }

    public CellStyle percentBold() {
        return style("percentBold", BODY_SIZE, "b", HorizontalAlignment.RIGHT, true, XlsxFormats.PERCENT);
    }

    public CellStyle date() {
        return style("date", BODY_SIZE, "", HorizontalAlignment.CENTER, true, XlsxFormats.DATE);
    }

    /**
     * The same style with its cell unlocked: what can be typed into a {@link XlsxSheet#protect
     * protected} sheet (every other style stays locked, Excel's default). Made once per style.
     */
    public CellStyle unlocked(CellStyle locked) {
        return styles.computeIfAbsent("unlocked:" + locked.getIndex(), n -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(locked);
            style.setLocked(false);
            return style;
        });
    }

    /**
     * A style of this workbook by its parts, for what the named ones do not cover; made once
     * per combination.
     *
     * @param fontStyle any of "b" (bold), "i" (italic), "u" (underlined)
     * @param format    a number format, or null for General
     */
    public CellStyle custom(int size, String fontStyle, HorizontalAlignment align, boolean bordered, String format) {
        return style("custom:" + size + fontStyle + align + bordered + format, size, fontStyle, align, bordered, format);
    }

    private CellStyle style(String name, int size, String fontStyle, HorizontalAlignment align, boolean bordered, String format) {
        return style(name, size, fontStyle, align, bordered, format, 0);
    }

    private CellStyle style(String name, int size, String fontStyle, HorizontalAlignment align, boolean bordered,
                            String format, int indent) {
        return styles.computeIfAbsent(name, n -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font(size, fontStyle));
            style.setAlignment(align);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            if (indent > 0) {
                style.setIndention((short) indent);
            }
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return style;
        });
    }

    /** Times New Roman of a size; fontStyle as in {@link #custom}. */
    public Font font(int size, String fontStyle) {
        return fonts.computeIfAbsent(size + fontStyle, key -> {
            XSSFFont font = workbook.createFont();
            font.setFontName(FONT);
            font.setFamily(FontFamily.ROMAN);
            font.setScheme(FontScheme.NONE);
            font.setFontHeightInPoints((short) size);
            font.setBold(fontStyle.contains("b"));
            font.setItalic(fontStyle.contains("i"));
            if (fontStyle.contains("u")) {
                font.setUnderline(Font.U_SINGLE);
            }
            return font;
        });
    }

    /** Size in points of a style's font, for estimating row heights (asked for every text cell, so remembered). */
    int fontSize(CellStyle style) {
        return fontOf(style)[0];
    }

    boolean isBold(CellStyle style) {
        return fontOf(style)[1] == 1;
    }

    /** Indent level of a style (asked for every text cell too). */
    int indent(CellStyle style) {
        return fontOf(style)[2];
    }

    /**
     * Size, boldness and indent per style: reading them through POI walks the style's XML each
     * time, which showed in the profile of a 100,000-row sheet. A workbook has a few dozen styles.
     */
    private final java.util.Map<CellStyle, int[]> facts = new java.util.IdentityHashMap<>();

    private int[] fontOf(CellStyle style) {
        int[] known = facts.get(style);
        if (known == null) {
            XSSFFont font = workbook.getFontAt(style.getFontIndex());
            known = new int[] {font.getFontHeightInPoints(), font.getBold() ? 1 : 0, style.getIndention()};
            facts.put(style, known);
        }
        return known;
    }
}
