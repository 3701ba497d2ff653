package vn.cchcdesk.report.xlsx;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet being written top to bottom: a row cursor, column widths, and the blocks every
 * official table has (header block, title, repeated table header, date line, signatures).
 * Works the same on an in-memory sheet and on a streaming one, whose rows above the last few
 * hundred are already on disk: write each row once, in order.
 *
 * <pre>{@code
 * XlsxSheet sheet = book.sheet("Biểu 1", Page.LANDSCAPE);
 * sheet.columns(6, 40, 12, 12);
 * sheet.officialHeader(OfficialBlocks.issuer(commune), OfficialBlocks.motto(), 2);
 * sheet.title("BIỂU TỔNG HỢP …");
 * sheet.tableHeader(new String[] {"STT", "Chỉ tiêu", "Đơn vị tính", "Số lượng"});
 * sheet.row().text("1", s.centre()).text("Tin, bài").text("tin, bài", s.centre()).integer(12);
 * }</pre>
 */
public final class XlsxSheet {

    /** In a {@link #tableHeader} grid: this cell is merged into the one on its left. */
    public static final String LEFT = "\u0000<";
    /** In a {@link #tableHeader} grid: this cell is merged into the one above. */
    public static final String UP = "\u0000^";

    private final Sheet sheet;
    private final XlsxStyles styles;
    private double[] widths = new double[0];
    private int next;
    private int headerFirst = -1;
    private int headerLast = -1;

    XlsxSheet(Sheet sheet, XlsxStyles styles, Page page) {
        this.sheet = sheet;
        this.styles = styles;
        page.apply(sheet);
    }

    public Sheet poi() {
        return sheet;
    }

    public XlsxStyles styles() {
        return styles;
    }

    /** Column widths in Excel character units (digits of the 12 pt default font). */
    public XlsxSheet columns(double... charWidths) {
        widths = charWidths.clone();
        for (int i = 0; i < charWidths.length; i++) {
            sheet.setColumnWidth(i, (int) Math.round(charWidths[i] * 256));
        }
        return this;
    }

    public int columnCount() {
        return widths.length;
    }

    /** Index (0-based) of the row {@link #row()} will write next. */
    public int nextRow() {
        return next;
    }

    /** The next row. */
    public XlsxRow row() {
        return new XlsxRow(this, sheet.createRow(next++));
    }

    /** Leaves rows empty. */
    public XlsxSheet skip(int rows) {
        next += rows;
        return this;
    }

    /**
     * The official header: the issuing body on the left over columns [0, split), the national
     * motto on the right over the rest, each line merged across its block.
     */
    public XlsxSheet officialHeader(List<String> left, List<String> right, int split) {
        int lines = Math.max(left.size(), right.size());
        for (int i = 0; i < lines; i++) {
            XlsxRow row = row();
            String l = i < left.size() ? left.get(i) : "";
            String r = i < right.size() ? right.get(i) : "";
            boolean mottoLine = i == 1 && right.size() > 1;
            row.span(l, styles.headerBlock(), split).span(r, mottoLine ? styles.motto() : styles.headerBlock(), widths.length - split);
        }
        return this;
    }

    /** A line over the whole width, merged, wrapped and as tall as its text needs. */
    public XlsxSheet line(String text, CellStyle style) {
        row().span(text, style, widths.length);
        return this;
    }

    public XlsxSheet title(String text) {
        return line(text, styles.title());
    }

    public XlsxSheet subtitle(String text) {
        return line(text, styles.subtitle());
    }

    /**
     * The table's column headers, repeated at the top of every printed page. Each array is one
     * row; {@link #LEFT} and {@link #UP} merge a cell into its neighbour, so a two-level header
     * reads as it prints:
     * <pre>{@code
     * sheet.tableHeader(
     *     new String[] {"STT", "Đơn vị", "Trực tuyến", LEFT, "Truyền thống"},
     *     new String[] {UP, UP, "Website", "Mạng xã hội", "Phát thanh"});
     * }</pre>
     *
     * @return the index of the first row below the header
     */
    public int tableHeader(String[]... grid) {
        int first = next;
        next = HeaderGrid.write(this, first, styles.header(), grid);
        repeat(first, next - 1);
        return next;
    }

    /** The row of column numbers under the header ("(1)", "(2)", "(3)=(2)/(1)"), repeated with it. */
    public int columnNumbers(String... labels) {
        XlsxRow row = row();
        for (int c = 0; c < widths.length; c++) {
            row.text(c < labels.length ? labels[c] : "", styles.columnNumber());
        }
        repeat(headerFirst < 0 ? row.index() : headerFirst, row.index());
        return next;
    }

    private void repeat(int first, int last) {
        headerFirst = headerFirst < 0 ? first : headerFirst;
        headerLast = last;
        sheet.setRepeatingRows(new CellRangeAddress(headerFirst, headerLast, -1, -1));
    }

    /** Keeps the header on screen while scrolling the table. */
    public XlsxSheet freezeHeader() {
        if (headerLast >= 0) {
            sheet.createFreezePane(0, headerLast + 1);
        }
        return this;
    }

    /** The place-and-date line, italic, over the right block [split, end). */
    public XlsxSheet placeAndDate(String text, int split) {
        row().at(split).span(text, styles.dateLine(), widths.length - split);
        return this;
    }

    /**
     * Two signatures side by side: the left one over columns [0, split), the right one over the
     * rest; titles, a note, room to sign, then the names.
     */
    public XlsxSheet signatures(Signature left, Signature right, int split) {
        List<String> leftLines = lines(left);
        List<String> rightLines = lines(right);
        for (int i = 0; i < Math.max(leftLines.size(), rightLines.size()); i++) {
            row().span(at(leftLines, i), styleOf(left, i), split)
                    .span(at(rightLines, i), styleOf(right, i), widths.length - split);
        }
        skip(Signature.SPACE_ROWS);
        row().span(left.name(), styles.signature(), split).span(right.name(), styles.signature(), widths.length - split);
        return this;
    }

    /** Each side's titles then its note, so a note sits right under its own titles. */
    private static List<String> lines(Signature signature) {
        List<String> lines = new java.util.ArrayList<>(signature.titles());
        if (!signature.note().isEmpty()) {
            lines.add(signature.note());
        }
        return lines;
    }

    private CellStyle styleOf(Signature signature, int line) {
        return line < signature.titles().size() ? styles.signature() : styles.signatureNote();
    }

    private static String at(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i) : "";
    }

    // ------------------------------------------------------------ forms to fill in (unlocked cells, checks)

    /** Cells of a column [firstRow, lastRow] take only a value of a list ("'DanhMuc'!$A$2:$A$20"), chosen from a drop-down. */
    public XlsxSheet allowList(int firstRow, int lastRow, int column, String listRange, InputHint hint) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        return check(helper.createFormulaListConstraint(listRange), firstRow, lastRow, column, hint);
    }

    /** Cells of a column take only dates from earliest to latest (a text Excel reads as a date passes too). */
    public XlsxSheet allowDates(int firstRow, int lastRow, int column, LocalDate earliest, LocalDate latest, InputHint hint) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        return check(helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, dateFormula(earliest),
                dateFormula(latest), "dd/mm/yyyy"), firstRow, lastRow, column, hint);
    }

    /** Cells of a column take only whole numbers from min to max. */
    public XlsxSheet allowIntegers(int firstRow, int lastRow, int column, long min, long max, InputHint hint) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        return check(helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, String.valueOf(min),
                String.valueOf(max)), firstRow, lastRow, column, hint);
    }

    private static String dateFormula(LocalDate date) {
        return "DATE(" + date.getYear() + "," + date.getMonthValue() + "," + date.getDayOfMonth() + ")";
    }

    /** Blank stays allowed (a row not filled is no error); a wrong value is refused, not just warned about. */
    private XlsxSheet check(DataValidationConstraint constraint, int firstRow, int lastRow, int column, InputHint hint) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(hint.errorTitle(), hint.error());
        validation.setShowPromptBox(true);
        validation.createPromptBox(hint.title(), hint.prompt());
        validation.setEmptyCellAllowed(true);
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            validation.setSuppressDropDownArrow(true);  // in .xlsx POI's "suppress" true is what shows the arrow
        }
        sheet.addValidationData(validation);
        return this;
    }

    /**
     * Protects the sheet without a password: only cells with an {@link XlsxStyles#unlocked} style
     * can be changed, so headers and formulas survive careless typing; resizing columns and rows
     * and selecting stay allowed. A clerk lifts it with Review › Unprotect Sheet, no password asked.
     */
    public XlsxSheet protect() {
        if (sheet instanceof XSSFSheet x) {
            x.lockFormatColumns(false);
            x.lockFormatRows(false);
            x.lockSelectLockedCells(false);
            x.lockSelectUnlockedCells(false);
        } else if (sheet instanceof SXSSFSheet streaming) {
            streaming.lockFormatColumns(false);
            streaming.lockFormatRows(false);
            streaming.lockSelectLockedCells(false);
            streaming.lockSelectUnlockedCells(false);
        }
        sheet.protectSheet("");
        return this;
    }

    /** "C12" for a 0-based row and column. */
    public static String ref(int row, int col) {
        return new CellReference(row, col, false, false).formatAsString();
    }

    /** "C12:C40"; both ends 0-based. */
    public static String range(int firstRow, int lastRow, int col) {
        return ref(firstRow, col) + ":" + ref(lastRow, col);
    }

    double width(int fromCol, int toCol) {
        double sum = 0;
        for (int c = fromCol; c <= toCol && c < widths.length; c++) {
            sum += widths[c];
        }
        return sum;
    }

    @Override
    public String toString() {
        return sheet.getSheetName() + " " + Arrays.toString(widths);
    }
}
