package vn.cchcdesk.report.print;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;

/**
 * Biểu 1–4 of the periodic report's workbook as printed pages, with the sheets' columns, titles
 * and frames (report.quarterly): the official header, "Biểu số N", the title with the period,
 * the line tying the form to the written report and the span; under the table the date line
 * and the two signatures. A4 landscape, as the workbook prints.
 *
 * <pre>{@code PrintPreviewDialog.showAll(ui, owner, () -> QuarterlyPrint.of(reports.quarterly(period)));}</pre>
 */
public final class QuarterlyPrint {

    private QuarterlyPrint() {
    }

    /** Biểu 1, 2, 3 and 4, in order. */
    public static List<PrintDocument> of(QuarterlyReport report) {
        return List.of(summary(report), units(report), tasks(report), documents(report));
    }

    /** Biểu 1 — tổng hợp. */
    public static PrintDocument summary(QuarterlyReport report) {
        return SummaryPrint.of(report);
    }

    /** Biểu 2 — theo đơn vị. */
    public static PrintDocument units(QuarterlyReport report) {
        return UnitsPrint.of(report);
    }

    /** Biểu 3 — nhiệm vụ. */
    public static PrintDocument tasks(QuarterlyReport report) {
        return TasksPrint.of(report);
    }

    /** Biểu 4 — văn bản. */
    public static PrintDocument documents(QuarterlyReport report) {
        return DocumentsPrint.of(report);
    }

    // ------------------------------------------------------------------ what every form has around its table

    static List<Block> top(QuarterlyReport report, int formNumber, String title) {
        return List.of(PrintFrames.officialHeader(report.commune()),
                PrintFrames.centredBold(Messages.get("reports.sheet.formNumber", formNumber), 14),
                PrintFrames.title(title, 0),
                PrintFrames.subtitles(attachedTo(report), Messages.get("reports.sheet.span",
                        Formats.date(report.windows().current().from()), Formats.date(report.windows().current().to()))),
                Block.of(8));
    }

    static List<Block> bottom(QuarterlyReport report, Block... before) {
        List<Block> blocks = new ArrayList<>(List.of(before));
        blocks.add(PrintFrames.signatures(report.commune(), report.preparedOn()));
        return blocks;
    }

    /** "(Kèm theo Báo cáo số      /BC-UBND ngày    tháng 6 năm 2026 của Ủy ban nhân dân xã Định Tân)", as the sheets write it. */
    static String attachedTo(QuarterlyReport report) {
        CommuneSettings commune = report.commune();
        String symbol = DocumentNumber.symbolFor(DocumentType.BAO_CAO, commune.issuerAbbr(), commune.draftingUnitAbbr());
        PartialDate date = new PartialDate(null, report.preparedOn().getMonthValue(), report.preparedOn().getYear());
        return Messages.get("reports.sheet.attachedTo", symbol, date.formatLong(), commune.communeName());
    }

    static String name(String sheetKey) {
        return Messages.get(sheetKey);
    }

    // ------------------------------------------------------------------ cells

    static final TextStyle NUMBER = TextStyle.plain().aligned(Align.RIGHT);

    /** A whole number as the workbook prints it (1.234); empty for null. */
    static String integer(Long value) {
        return value == null ? "" : Formats.integer(value);
    }

    /** An empty cell for nothing done (the workbook's integerOrBlank). */
    static String integerOrBlank(long value) {
        return value == 0 ? "" : Formats.integer(value);
    }

    /** Whole percentages, "86%", "1.250%" (XlsxFormats.PERCENT); empty without a base. */
    static String percent(long part, long whole) {
        return whole <= 0 ? "" : Formats.integer(Math.round(100.0 * part / whole)) + "%";
    }

    static PrintTable.Cell blank() {
        return PrintTable.cell("");
    }
}
