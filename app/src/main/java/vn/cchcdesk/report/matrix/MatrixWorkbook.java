package vn.cchcdesk.report.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskMatrix;
import vn.cchcdesk.domain.task.TaskState;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.DocumentTexts;
import vn.cchcdesk.report.Labels;
import vn.cchcdesk.report.xlsx.OfficialBlocks;
import vn.cchcdesk.report.xlsx.Page;
import vn.cchcdesk.report.xlsx.XlsxBook;
import vn.cchcdesk.report.xlsx.XlsxRow;
import vn.cchcdesk.report.xlsx.XlsxSheet;
import vn.cchcdesk.report.xlsx.XlsxStyles;

/**
 * The responsibility matrix as a workbook: STT · Nhiệm vụ · Thời hạn · Trạng thái, then one
 * narrow column per unit holding C, P or Đ, coloured by the task's state as on screen; a row per
 * directive over its tasks; a legend, the date line and the signatures under the table. A4
 * landscape fitted to the width: the unit names are written upright so thirty units fit.
 */
public final class MatrixWorkbook {

    static final double[] FIXED = {5, 46, 12, 14};
    static final double UNIT_WIDTH = 4.6;
    /** The unit names' font: two lines of it fit in a unit's column. */
    static final int UNIT_FONT = 10;

    private MatrixWorkbook() {
    }

    public static void write(TaskMatrix matrix, Path file) {
        try (XlsxBook book = XlsxBook.create()) {
            sheet(book, matrix);
            book.save(file);
        }
    }

    static void sheet(XlsxBook book, TaskMatrix matrix) {
        List<Unit> units = matrix.units();
        double[] widths = new double[FIXED.length + units.size()];
        System.arraycopy(FIXED, 0, widths, 0, FIXED.length);
        for (int i = FIXED.length; i < widths.length; i++) {
            widths[i] = UNIT_WIDTH;
        }
        XlsxSheet sheet = book.sheet(Messages.get("tasks.export.matrixSheet"), Page.LANDSCAPE).columns(widths);
        XlsxStyles s = sheet.styles();
        StateColours colours = new StateColours(book);
        sheet.officialHeader(OfficialBlocks.issuer(matrix.commune()), OfficialBlocks.motto(), 2);
        sheet.skip(1);
        sheet.title(Messages.get("tasks.export.matrixTitle"));
        if (!matrix.scope().isEmpty()) {
            sheet.subtitle(matrix.scope());
        }
        sheet.subtitle(Messages.get("tasks.export.asOf", Formats.date(matrix.asOf())));
        sheet.skip(1);

        List<String> header = new ArrayList<>(List.of(Messages.get("tasks.export.number"), Messages.get("tasks.export.task"),
                Messages.get("tasks.export.due"), Messages.get("tasks.export.state")));
        units.forEach(u -> header.add(u.name()));
        int below = sheet.tableHeader(header.toArray(String[]::new));
        upright(sheet, below - 1, units, colours);
        sheet.freezeHeader();

        int span = widths.length;
        for (TaskMatrix.Group group : matrix.groups()) {
            sheet.row().span(groupText(group.directive()), colours.group(), span);
            for (TaskMatrix.Line line : group.lines()) {
                TaskState state = line.schedule().state();
                XlsxRow row = sheet.row().text(String.valueOf(line.number()), s.centre()).text(line.task().text(), s.text());
                due(row, line, s);
                row.text(Labels.of("tasks.state", state), colours.state(state));
                for (Unit unit : units) {
                    AssignmentRole role = line.roleOf(unit);
                    if (role == null) {
                        row.blank(1, s.centre());
                    } else {
                        row.text(Labels.of("tasks.roleLetter", role), colours.role(role, state));
                    }
                }
            }
        }
        if (matrix.groups().isEmpty()) {
            sheet.row().span(Messages.get("tasks.export.empty"), s.textItalic(), span);
        }
        legend(sheet, colours);
        sheet.skip(1);
        sheet.placeAndDate(OfficialBlocks.placeAndDate(matrix.commune(), matrix.asOf()), 2);
        sheet.signatures(OfficialBlocks.preparer(matrix.commune()), OfficialBlocks.signer(matrix.commune()), 2);
    }

    /** "Công văn số 1069/UBND-VHXH ngày 26/03/2026 — V/v đẩy mạnh …". */
    static String groupText(DocumentRef directive) {
        String head = DocumentTexts.numberAndDate(directive);
        return directive.summary() == null || directive.summary().isBlank() ? head
                : Messages.get("tasks.export.groupLine", head, directive.summary());
    }

    /** The next due date (a date cell), or the time frame as written when it gives no date ("Thường xuyên"). */
    static void due(XlsxRow row, TaskMatrix.Line line, XlsxStyles s) {
        if (line.schedule().nextDue() != null) {
            row.date(line.schedule().nextDue(), s.date());
        } else {
            String text = line.task().timeframe().text();
            row.text(text == null ? "" : text, s.centre());
        }
    }

    /**
     * The unit names upright, in a smaller font, the header row as tall as the longest name on
     * two lines needs (the toolkit sized it for names written across).
     */
    private static void upright(XlsxSheet sheet, int rowIndex, List<Unit> units, StateColours colours) {
        Row row = sheet.poi().getRow(rowIndex);
        double longest = 0;
        for (int i = 0; i < units.size(); i++) {
            row.getCell(FIXED.length + i).setCellStyle(colours.upright(UNIT_FONT));
            longest = Math.max(longest, units.get(i).name().length());
        }
        // Times New Roman bold averages about half an em a letter; two lines, the first often the longer
        // where the words break, and room at both ends (rendered: 0.5 and 14 pt left long names touching the border)
        float needed = (float) (longest * UNIT_FONT * 0.6 / 2 + 22);
        float across = 3 * 15f;
        row.setHeightInPoints(Math.min(409, Math.max(across, needed)));
    }

    /** What the letters and colours mean, under the table. */
    private static void legend(XlsxSheet sheet, StateColours colours) {
        XlsxStyles s = sheet.styles();
        sheet.skip(1);
        sheet.line(Messages.get("tasks.export.legendRoles"), s.note());
        boolean first = true;
        for (TaskState state : TaskState.values()) {
            sheet.row().at(1).text(first ? Messages.get("tasks.export.legendState") : "", s.plain())
                    .span(Labels.of("tasks.state", state), colours.state(state), 2);
            first = false;
        }
    }
}
