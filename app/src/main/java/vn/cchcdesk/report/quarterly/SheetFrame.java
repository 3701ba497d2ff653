package vn.cchcdesk.report.quarterly;

import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.xlsx.OfficialBlocks;
import vn.cchcdesk.report.xlsx.XlsxSheet;

/**
 * What every sheet of the workbook has around its table: the official header, the form's
 * number and title, the line tying it to the written report, the span of the figures; and
 * under the table the date line and the two signatures.
 */
final class SheetFrame {

    private SheetFrame() {
    }

    /**
     * @param split    columns of the header's left block (the issuing body)
     * @param formKey  message key of the title, filled with the period ("QUÝ II NĂM 2026")
     */
    static void top(XlsxSheet sheet, QuarterlyReport report, int split, int formNumber, String title) {
        CommuneSettings commune = report.commune();
        sheet.officialHeader(OfficialBlocks.issuer(commune), OfficialBlocks.motto(), split);
        sheet.skip(1);
        sheet.line(Messages.get("reports.sheet.formNumber", formNumber), sheet.styles().signature());
        sheet.title(title);
        sheet.subtitle(attachedTo(report));
        sheet.subtitle(Messages.get("reports.sheet.span", Formats.date(report.windows().current().from()),
                Formats.date(report.windows().current().to())));
        sheet.skip(1);
    }

    /** "(Kèm theo Báo cáo số      /BC-UBND ngày    tháng 6 năm 2026 của Ủy ban nhân dân xã Định Tân)". */
    static String attachedTo(QuarterlyReport report) {
        CommuneSettings commune = report.commune();
        String symbol = DocumentNumber.symbolFor(DocumentType.BAO_CAO, commune.issuerAbbr(), commune.draftingUnitAbbr());
        PartialDate date = new PartialDate(null, report.preparedOn().getMonthValue(), report.preparedOn().getYear());
        return Messages.get("reports.sheet.attachedTo", symbol, date.formatLong(), commune.communeName());
    }

    /** Date line over the right block, then "Người lập biểu" left and the signer right. */
    static void bottom(XlsxSheet sheet, QuarterlyReport report, int split) {
        sheet.skip(1);
        sheet.placeAndDate(OfficialBlocks.placeAndDate(report.commune(), report.preparedOn()), split);
        sheet.signatures(OfficialBlocks.preparer(report.commune()), OfficialBlocks.signer(report.commune()), split);
    }
}
