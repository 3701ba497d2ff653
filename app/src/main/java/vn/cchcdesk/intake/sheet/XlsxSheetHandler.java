package vn.cchcdesk.intake.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import vn.cchcdesk.domain.collect.ImportProgress;

/**
 * SAX handler of one worksheet part: each {@code <c>} becomes a {@link Cell} with its stored
 * value (for a formula, the value Excel cached), numbers tagged when their style is a date format,
 * and {@code <mergeCell>} regions collected. Rows are kept as read; nothing else is.
 */
final class XlsxSheetHandler extends org.xml.sax.helpers.DefaultHandler {

    /** Thrown to stop parsing early: enough rows, or cancelled (then the cause is the cancellation). */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;

        Stop(Exception cause) {
            super(cause);
        }
    }

    private static final int PROGRESS_EVERY = 1000;

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final int maxRows;
    private final ImportProgress progress;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final List<SheetRow> rows = new ArrayList<>();
    private final List<SheetTable.Merge> merges = new ArrayList<>();

    private int rowNumber;
    private List<Cell> cells;
    private int column;
    private String type;
    private int style;
    private boolean hasFormula;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private boolean inValue;
    private boolean inFormula;
    private boolean inPhonetic;
    private boolean hasValue;

    XlsxSheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, int maxRows, ImportProgress progress) {
        this.strings = strings;
        this.styles = styles;
        this.maxRows = maxRows;
        this.progress = progress;
    }

    List<SheetRow> rows() {
        return rows;
    }

    List<SheetTable.Merge> merges() {
        return merges;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (name(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                column = -1;
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? column + 1 : new CellReference(ref).getCol();
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                hasFormula = false;
                hasValue = false;
                value.setLength(0);
                formula.setLength(0);
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "t" -> {
                if (!inPhonetic) {
                    inValue = true;
                    hasValue = true;
                }
            }
            case "rPh" -> inPhonetic = true;
            case "f" -> {
                hasFormula = true;
                inFormula = true;
            }
            case "mergeCell" -> {
                String ref = attributes.getValue("ref");
                if (ref != null && ref.contains(":")) {
                    CellRangeAddress range = CellRangeAddress.valueOf(ref);
                    merges.add(new SheetTable.Merge(range.getFirstRow() + 1, range.getLastRow() + 1,
                            range.getFirstColumn(), range.getLastColumn()));
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (name(localName, qName)) {
            case "v", "t" -> inValue = false;
            case "f" -> inFormula = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                Cell cell = cell();
                if (cell != null && cells != null) {
                    cells.add(cell);
                }
            }
            case "row" -> endRow();
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inFormula) {
            formula.append(ch, start, length);
        }
    }

    private void endRow() throws SAXException {
        if (!cells.isEmpty() && !cells.stream().allMatch(Cell::isBlank)) {
            rows.add(new SheetRow(rowNumber, cells));
        }
        cells = null;
        if (rows.size() % PROGRESS_EVERY == 0) {
            progress.rowsRead(rows.size());
            if (progress.isCancelled()) {
                throw new Stop(new CancellationException());
            }
        }
        if (maxRows >= 0 && rows.size() >= maxRows) {
            throw new Stop(null);
        }
    }

    private Cell cell() {
        String v = value.toString();
        if (!hasValue) {
            // a formula nobody calculated (written by a program, never opened in Excel)
            return hasFormula ? Cell.error(column, "=" + formula) : null;
        }
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> Cell.text(column, sharedString(v));
            case "inlineStr", "str" -> Cell.text(column, v);
            case "b" -> Cell.bool(column, v.trim().equals("1") || v.trim().equalsIgnoreCase("true"));
            case "e" -> Cell.error(column, v);
            case "d" -> Cell.text(column, v);
            default -> number(v);
        };
    }

    private Cell number(String v) {
        if (v.isBlank()) {
            return null;
        }
        try {
            return Cell.number(column, Double.parseDouble(v.trim()), isDateStyle(style));
        } catch (NumberFormatException e) {
            return Cell.text(column, v);
        }
    }

    private String sharedString(String index) {
        try {
            return strings.getItemAt(Integer.parseInt(index.trim())).getString();
        } catch (RuntimeException e) {
            // a broken index: show it as read rather than fail the whole sheet
            return "";
        }
    }

    private boolean isDateStyle(int index) {
        if (styles == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            try {
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    private static String name(String localName, String qName) {
        return localName == null || localName.isEmpty() ? qName : localName;
    }
}
