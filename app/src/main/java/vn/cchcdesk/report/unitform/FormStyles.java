package vn.cchcdesk.report.unitform;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few styles of a unit form, Times New Roman throughout (the workbook's default font too, so
 * cells a unit adds look the same). Kept here while the shared report toolkit is not on main.
 */
final class FormStyles {

    static final String FONT = "Times New Roman";

    final CellStyle issuer;
    final CellStyle title;
    final CellStyle line;
    final CellStyle italic;
    final CellStyle instructions;
    final CellStyle header;
    final CellStyle sequence;
    final CellStyle inputText;
    final CellStyle inputDate;
    final CellStyle inputNumber;
    final CellStyle inputFormula;

    FormStyles(XSSFWorkbook workbook) {
        XSSFFont base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints((short) 12);
        issuer = style(workbook, font(workbook, 12, true, false), HorizontalAlignment.LEFT, false, false);
        title = style(workbook, font(workbook, 14, true, false), HorizontalAlignment.CENTER, false, false);
        line = style(workbook, font(workbook, 12, true, false), HorizontalAlignment.LEFT, false, false);
        italic = style(workbook, font(workbook, 12, false, true), HorizontalAlignment.CENTER, false, false);
        instructions = style(workbook, font(workbook, 11, false, true), HorizontalAlignment.LEFT, false, false);
        instructions.setWrapText(true);
        instructions.setVerticalAlignment(VerticalAlignment.TOP);
        header = style(workbook, font(workbook, 12, true, false), HorizontalAlignment.CENTER, true, false);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        sequence = style(workbook, font(workbook, 12, false, false), HorizontalAlignment.CENTER, true, false);
        inputText = style(workbook, font(workbook, 12, false, false), HorizontalAlignment.LEFT, true, true);
        inputText.setWrapText(true);
        inputDate = style(workbook, font(workbook, 12, false, false), HorizontalAlignment.CENTER, true, true);
        inputDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        inputNumber = style(workbook, font(workbook, 12, false, false), HorizontalAlignment.RIGHT, true, true);
        inputNumber.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        inputFormula = style(workbook, font(workbook, 12, false, false), HorizontalAlignment.LEFT, true, true);
    }

    private static XSSFFont font(XSSFWorkbook workbook, int points, boolean bold, boolean italic) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private static CellStyle style(XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment align, boolean bordered,
                                   boolean input) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setLocked(!input);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
