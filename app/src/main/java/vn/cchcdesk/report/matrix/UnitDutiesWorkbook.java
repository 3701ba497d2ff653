package vn.cchcdesk.report.matrix;

import java.nio.file.Path;
import java.util.stream.Collectors;
import vn.cchcdesk.domain.task.TaskState;
import vn.cchcdesk.domain.task.UnitDutyList;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.DocumentTexts;
import vn.cchcdesk.report.Labels;
import vn.cchcdesk.report.xlsx.OfficialBlocks;
import vn.cchcdesk.report.xlsx.Page;
import vn.cchcdesk.report.xlsx.XlsxBook;
import vn.cchcdesk.report.xlsx.XlsxSheet;
import vn.cchcdesk.report.xlsx.XlsxStyles;

/**
 * "Việc của đơn vị" as a workbook: what one unit owes, open tasks first, soonest due first, each
 * with its directive, the unit's role, every due date, its state (coloured as in the matrix) and
 * the day it was done. A4 landscape, headers repeated on every page.
 */
public final class UnitDutiesWorkbook {

    static final double[] WIDTHS = {5, 24, 50, 11, 20, 14, 12};

    private UnitDutiesWorkbook() {
    }

    /** Up to {@value #LISTED} due dates listed; a monthly task shows its next one and how many a year. */
    static final int LISTED = 4;

    static String dueDates(UnitDutyList.Line line) {
        var dates = line.schedule().dueDates();
        if (dates.size() > LISTED && line.schedule().nextDue() != null) {
            return Messages.get("tasks.export.periodic", Formats.date(line.schedule().nextDue()), dates.size());
        }
        return dates.stream().map(Formats::date).collect(Collectors.joining(", "));
    }

    public static void write(UnitDutyList list, Path file) {
        try (XlsxBook book = XlsxBook.create()) {
            XlsxSheet sheet = book.sheet(Messages.get("tasks.export.dutiesSheet"), Page.LANDSCAPE).columns(WIDTHS);
            XlsxStyles s = sheet.styles();
            StateColours colours = new StateColours(book);
            sheet.officialHeader(OfficialBlocks.issuer(list.commune()), OfficialBlocks.motto(), 3);
            sheet.skip(1);
            sheet.title(Messages.get("tasks.export.dutiesTitle", OfficialBlocks.upper(list.unit().name())));
            if (!list.scope().isEmpty()) {
                sheet.subtitle(list.scope());
            }
            sheet.subtitle(Messages.get("tasks.export.asOf", Formats.date(list.asOf())));
            sheet.skip(1);
            sheet.tableHeader(new String[] {Messages.get("tasks.export.number"), Messages.get("tasks.export.directive"),
                    Messages.get("tasks.export.task"), Messages.get("tasks.export.role"), Messages.get("tasks.export.dueDates"),
                    Messages.get("tasks.export.state"), Messages.get("tasks.export.completedOn")});
            sheet.freezeHeader();
            int number = 0;
            for (UnitDutyList.Line line : list.lines()) {
                TaskState state = line.schedule().state();
                String dues = dueDates(line);
                if (dues.isEmpty() && line.row().task().timeframe().text() != null) {
                    dues = line.row().task().timeframe().text();
                }
                sheet.row().text(String.valueOf(++number), s.centre())
                        .text(DocumentTexts.numberAndDate(line.row().directive()), s.text())
                        .text(line.row().task().text(), s.text())
                        .text(Labels.of("tasks.role", line.role()), s.centre())
                        .text(dues, s.centre())
                        .text(Labels.of("tasks.state", state), colours.state(state))
                        .date(line.row().task().completedOn(), s.date());
            }
            if (list.lines().isEmpty()) {
                sheet.row().span(Messages.get("tasks.export.noDuties"), s.textItalic(), WIDTHS.length);
            }
            sheet.skip(1);
            sheet.placeAndDate(OfficialBlocks.placeAndDate(list.commune(), list.asOf()), 3);
            sheet.signatures(OfficialBlocks.preparer(list.commune()), OfficialBlocks.signer(list.commune()), 3);
            book.save(file);
        }
    }
}
