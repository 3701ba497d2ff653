package vn.cchcdesk.report.xlsx;

/**
 * Number and date formats of every workbook the app writes.
 *
 * <p>Excel draws the separators of {@code #,##0} and the "/" of {@code dd/mm/yyyy} from the
 * viewer's regional settings, and many office PCs in Vietnam run with English (United States)
 * settings: there {@code #,##0} prints 1,234, which a Vietnamese reader takes for a decimal.
 * The formats here therefore write the separators as literal characters, so a printed table
 * reads 1.234 and 05/03/2026 in Excel and LibreOffice whatever the computer's locale. The cell
 * still holds the number (sums and formulas work); only integers are formatted this way, which
 * is all the reports need (counts are never negative; percentages are whole, {@code 0%}).
 */
public final class XlsxFormats {

    /** 999 → 999, 1234 → 1.234, 1234567 → 1.234.567 (counts; a negative number prints -1234). */
    public static final String INTEGER = "[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0";

    /** 0.855 → 86%, 12.5 → 1.250% (whole percentages: no decimal separator to get wrong). */
    public static final String PERCENT = "[>=10]#\\.##0%;0%";

    /** 05/03/2026, slashes literal: a bare "/" is the locale's date separator in Excel. */
    public static final String DATE = "dd\\/mm\\/yyyy";

    private XlsxFormats() {
    }
}
