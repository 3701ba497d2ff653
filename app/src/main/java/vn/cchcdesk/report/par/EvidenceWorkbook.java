package vn.cchcdesk.report.par;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import vn.cchcdesk.domain.par.CriterionScore;
import vn.cchcdesk.domain.par.EvidenceItem;
import vn.cchcdesk.domain.par.EvidenceLayout;
import vn.cchcdesk.domain.par.EvidencePack;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.xlsx.Page;
import vn.cchcdesk.report.xlsx.XlsxBook;
import vn.cchcdesk.report.xlsx.XlsxRow;
import vn.cchcdesk.report.xlsx.XlsxSheet;
import vn.cchcdesk.report.xlsx.XlsxStyles;

/**
 * The evidence file's summary: the score table (points per criterion, their reasons, a live total)
 * and the index of evidence (every plan, report and activity with where its files are in the
 * folder or zip).
 */
public final class EvidenceWorkbook {

    /** Points have two decimals: the viewer's own decimal separator (0,25 on a Vietnamese PC). */
    private static final String POINTS = "0.00";

    private EvidenceWorkbook() {
    }

    public static XlsxBook build(EvidencePack pack, List<EvidenceLayout.Placed> placed, Map<String, String> folders) {
        XlsxBook book = XlsxBook.create();
        scores(book, pack, placed);
        index(book, pack, placed, folders);
        return book;
    }

    private static void scores(XlsxBook book, EvidencePack pack, List<EvidenceLayout.Placed> placed) {
        XlsxStyles s = book.styles();
        CellStyle points = s.custom(XlsxStyles.BODY_SIZE, "", HorizontalAlignment.CENTER, true, POINTS);
        CellStyle pointsBold = s.custom(XlsxStyles.BODY_SIZE, "b", HorizontalAlignment.CENTER, true, POINTS);
        int year = pack.assessment().year();
        XlsxSheet sheet = book.sheet(Messages.get("par.xlsx.scoresSheet"), Page.LANDSCAPE).columns(6, 9, 44, 10, 10, 60, 12);
        sheet.title(Messages.get("par.xlsx.title", year));
        if (!pack.communeName().isEmpty()) {
            sheet.subtitle(pack.communeName());
        }
        sheet.skip(1);
        int first = sheet.tableHeader(new String[] {Messages.get("par.xlsx.no"), Messages.get("par.xlsx.code"),
                Messages.get("par.xlsx.criterion"), Messages.get("par.xlsx.max"), Messages.get("par.xlsx.points"),
                Messages.get("par.xlsx.reason"), Messages.get("par.xlsx.evidenceCount")});
        int n = 0;
        for (CriterionScore score : pack.assessment().scores()) {
            long files = placed.stream().filter(p -> score.criterion().code().equals(p.item().criterionCode())).count();
            XlsxRow row = sheet.row().text(String.valueOf(++n), s.centre()).text(score.criterion().code(), s.centre())
                    .text(score.criterion().title());
            number(row, score.criterion().maxPoints().doubleValue(), points);
            number(row, score.points().doubleValue(), points);
            row.text(ParTexts.reason(score.reason())).integer(files);
        }
        int last = sheet.nextRow() - 1;
        XlsxRow total = sheet.row().text("").text("").text(Messages.get("par.xlsx.total"), s.textBold());
        if (n == 0) {
            total.text("").text("");
        } else {
            total.formula("SUM(" + XlsxSheet.range(first, last, 3) + ")", pointsBold)
                    .formula("SUM(" + XlsxSheet.range(first, last, 4) + ")", pointsBold);
        }
        total.text("").integer(placed.size(), s.integerBold());
    }

    private static void number(XlsxRow row, double value, CellStyle style) {
        Cell cell = row.poi().createCell(row.column());
        cell.setCellValue(value);
        cell.setCellStyle(style);
        row.at(row.column() + 1);
    }

    private static void index(XlsxBook book, EvidencePack pack, List<EvidenceLayout.Placed> placed, Map<String, String> folders) {
        XlsxStyles s = book.styles();
        XlsxSheet sheet = book.sheet(Messages.get("par.xlsx.indexSheet"), Page.LANDSCAPE).columns(6, 9, 14, 50, 12, 28, 56);
        sheet.title(Messages.get("par.xlsx.indexTitle", pack.assessment().year()));
        sheet.skip(1);
        sheet.tableHeader(new String[] {Messages.get("par.xlsx.no"), Messages.get("par.xlsx.code"), Messages.get("par.xlsx.kind"),
                Messages.get("par.xlsx.item"), Messages.get("par.xlsx.date"), Messages.get("par.xlsx.detail"),
                Messages.get("par.xlsx.file")});
        sheet.freezeHeader();
        int line = 0;
        for (EvidenceItem item : pack.items()) {
            line++;
            int current = line;
            List<EvidenceLayout.Placed> mine = placed.stream().filter(p -> p.line() == current).toList();
            String code = item.criterionCode() != null && folders.containsKey(item.criterionCode()) ? item.criterionCode() : "";
            XlsxRow row = sheet.row().text(String.valueOf(line), s.centre()).text(code, s.centre())
                    .text(Messages.get("par.evidence" + "." + item.kind().name())).text(item.title());
            if (item.date() == null) {
                row.text("", s.centre());
            } else {
                row.date(item.date());
            }
            row.text(item.detail()).text(files(mine));
        }
    }

    private static String files(List<EvidenceLayout.Placed> mine) {
        if (mine.isEmpty()) {
            return Messages.get("par.xlsx.noFile");
        }
        return String.join("\n", mine.stream().map(p -> p.file().source() == null
                ? Messages.get("par.xlsx.missingFile", p.file().name()) : p.path()).toList());
    }
}
