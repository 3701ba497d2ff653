package vn.cchcdesk.report.quarterly;

import static vn.cchcdesk.report.docx.DocxBook.BODY_SIZE;
import static vn.cchcdesk.report.docx.DocxBook.line;
import static vn.cchcdesk.report.docx.DocxBook.run;
import static vn.cchcdesk.report.docx.DocxBook.widthOf;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.PeriodTexts;
import vn.cchcdesk.report.docx.DocxBook;
import vn.cchcdesk.report.xlsx.OfficialBlocks;
import vn.cchcdesk.report.xlsx.Signature;

/**
 * The draft of the written report, ready to edit in Word, in the layout of Nghị định 30: the
 * borderless header table (issuing body and "Số:      /BC-UBND" | national motto and the italic
 * place-and-date line, the day left blank like the number for the clerical office), the title,
 * the body of {@link QuarterlyNarrative}, and the borderless closing table (Nơi nhận | signature).
 */
public final class QuarterlyDocx {

    /** Header and closing columns: the issuing body's side is the narrower one. */
    static final int LEFT_COLUMN = 3700;
    static final int RIGHT_COLUMN = DocxBook.TEXT_WIDTH - LEFT_COLUMN;

    private QuarterlyDocx() {
    }

    public static void write(QuarterlyReport report, Path file) {
        try (DocxBook doc = DocxBook.create()) {
            header(doc, report);
            title(doc, report);
            for (Block block : QuarterlyNarrative.of(report)) {
                switch (block.kind()) {
                    case HEADING, SUBHEADING -> doc.heading(block.text());
                    case PARAGRAPH, ITEM -> doc.body(block.text());
                }
            }
            closing(doc, report.commune());
            doc.save(file);
        }
    }

    /** The date of a draft: month and year, the day left for the clerical office with the number. */
    static PartialDate draftDate(QuarterlyReport report) {
        return new PartialDate(null, report.preparedOn().getMonthValue(), report.preparedOn().getYear());
    }

    private static void header(DocxBook doc, QuarterlyReport report) {
        CommuneSettings commune = report.commune();
        XWPFTable table = doc.layoutTable(LEFT_COLUMN, RIGHT_COLUMN);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        List<String> issuer = OfficialBlocks.issuer(commune);
        for (int i = 0; i < issuer.size(); i++) {
            run(line(left, ParagraphAlignment.CENTER, 0), issuer.get(i), 13, "b");
        }
        int issuerWidth = widthOf(issuer.get(issuer.size() - 1), 13, true);
        DocxBook.rule(line(left, ParagraphAlignment.CENTER, 0), Math.max(issuerWidth / 2, 600), LEFT_COLUMN);
        String symbol = DocumentNumber.symbolFor(DocumentType.BAO_CAO, commune.issuerAbbr(), commune.draftingUnitAbbr());
        run(line(left, ParagraphAlignment.CENTER, 6), Messages.get("reports.docx.number", symbol), 13, "");

        List<String> motto = OfficialBlocks.motto();
        run(line(right, ParagraphAlignment.CENTER, 0), motto.get(0), 13, "b");
        run(line(right, ParagraphAlignment.CENTER, 0), motto.get(1), BODY_SIZE, "b");
        DocxBook.rule(line(right, ParagraphAlignment.CENTER, 0), widthOf(motto.get(1), BODY_SIZE, true), RIGHT_COLUMN);
        run(line(right, ParagraphAlignment.CENTER, 6), OfficialBlocks.placeAndDate(commune, draftDate(report)), BODY_SIZE, "i");
    }

    private static void title(DocxBook doc, QuarterlyReport report) {
        doc.centred(Messages.get("reports.docx.title"), BODY_SIZE, "b", 18);
        String subject = Messages.get("reports.docx.subject", PeriodTexts.name(report.windows().period()));
        XWPFParagraph p = doc.centred(subject, BODY_SIZE, "b", 0);
        p.setSpacingAfter(0);
        int width = Math.min(widthOf(subject, BODY_SIZE, true), DocxBook.TEXT_WIDTH);
        doc.rule(Math.max(width / 3, 1200)).setSpacingAfter(120);
    }

    private static void closing(DocxBook doc, CommuneSettings commune) {
        XWPFTable table = doc.layoutTable(LEFT_COLUMN + 600, RIGHT_COLUMN - 600);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(line(left, ParagraphAlignment.LEFT, 12), Messages.get("reports.docx.recipients"), 12, "bi");
        for (String recipient : recipients(commune)) {
            XWPFParagraph p = line(left, ParagraphAlignment.LEFT, 0);
            p.setSpacingBetween(1.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
            run(p, recipient, 11, "");
        }
        Signature signer = OfficialBlocks.signer(commune);
        boolean first = true;
        for (String title : signer.titles()) {
            run(line(right, ParagraphAlignment.CENTER, first ? 12 : 0), title, BODY_SIZE, "b");
            first = false;
        }
        // room to sign and stamp: about 3 cm
        for (int i = 0; i < 4; i++) {
            run(line(right, ParagraphAlignment.CENTER, 0), "", BODY_SIZE, "");
        }
        run(line(right, ParagraphAlignment.CENTER, 0), signer.name(), BODY_SIZE, "b");
    }

    static List<String> recipients(CommuneSettings commune) {
        return List.of(Messages.get("reports.docx.recipient.province", commune.provinceName()),
                Messages.get("reports.docx.recipient.party"), Messages.get("reports.docx.recipient.leaders"),
                Messages.get("reports.docx.recipient.units"), Messages.get("reports.docx.recipient.file", commune.draftingUnitAbbr()));
    }
}
