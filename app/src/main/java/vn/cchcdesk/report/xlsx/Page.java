package vn.cchcdesk.report.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * How a sheet prints: A4, portrait or landscape, fitted to the page width (as many pages down as
 * needed), centred horizontally, with the margins of Nghị định 30 for what the app prints
 * (DOMAIN.md §2: top and bottom 20 mm, left 30 mm, right 15 mm) and "Trang 1/3" in the footer.
 * The header rows to repeat on every page are set by {@link XlsxSheet#tableHeader}.
 */
public enum Page {
    PORTRAIT, LANDSCAPE;

    public static final double TOP_MM = 20;
    public static final double BOTTOM_MM = 20;
    public static final double LEFT_MM = 30;
    public static final double RIGHT_MM = 15;
    /** Header and footer sit this far from the paper's edge, inside the top and bottom margins. */
    public static final double HEADER_FOOTER_MM = 8;
    /** Footer codes: Times New Roman 11, "Trang &P/&N" (page of pages). */
    public static final String FOOTER = "&\"" + XlsxStyles.FONT + ",Regular\"&11Trang &P/&N";

    void apply(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(this == LANDSCAPE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setPrintGridlines(false);
        sheet.setDisplayGridlines(false);
        sheet.setMargin(PageMargin.TOP, inches(TOP_MM));
        sheet.setMargin(PageMargin.BOTTOM, inches(BOTTOM_MM));
        sheet.setMargin(PageMargin.LEFT, inches(LEFT_MM));
        sheet.setMargin(PageMargin.RIGHT, inches(RIGHT_MM));
        sheet.setMargin(PageMargin.HEADER, inches(HEADER_FOOTER_MM));
        sheet.setMargin(PageMargin.FOOTER, inches(HEADER_FOOTER_MM));
        sheet.getFooter().setCenter(FOOTER);
    }

    static double inches(double mm) {
        return mm / 25.4;
    }
}
