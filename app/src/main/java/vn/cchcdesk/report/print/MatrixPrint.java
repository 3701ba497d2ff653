package vn.cchcdesk.report.print;

import static vn.cchcdesk.report.print.PrintTable.LEFT;
import static vn.cchcdesk.report.print.PrintTable.UP;
import static vn.cchcdesk.report.print.PrintTable.cell;
import static vn.cchcdesk.report.print.PrintTable.span;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.report.ResponsibilityMatrix;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.domain.text.RomanNumerals;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.DocumentTexts;
import vn.cchcdesk.report.Labels;

/**
 * The responsibility matrix on A4 landscape: the official header and title, then STT · Nội dung
 * nhiệm vụ · Thời hạn · Tình trạng and one narrow column per unit under "Đơn vị thực hiện"
 * (its short name), each task's cells C, P or Đ, tasks under their directive; the legend names
 * the units in full; the date line and signatures close it.
 */
public final class MatrixPrint {

    /** Size of the units' names over their columns, before the table is fitted to the page. */
    static final double UNIT_NAME_SIZE = 10;

    private MatrixPrint() {
    }

    public static PrintDocument of(ResponsibilityMatrix matrix) {
        int fixed = 4;
        int columns = fixed + matrix.units().size();
        TextStyle centre = TextStyle.centre();
        PrintTable.Builder table = PrintTable.builder().column(5, centre).column(44, TextStyle.plain()).column(11, centre)
                .column(12, centre);
        matrix.units().forEach(u -> table.column(6.5, centre.inBold()));
        String[] top = new String[columns];
        String[] names = new String[columns];
        top[0] = Messages.get("reports.col.stt");
        top[1] = Messages.get("print.matrix.col.task");
        top[2] = Messages.get("print.matrix.col.due");
        top[3] = Messages.get("print.matrix.col.state");
        for (int i = 0; i < fixed; i++) {
            names[i] = UP;
        }
        for (int i = 0; i < matrix.units().size(); i++) {
            top[fixed + i] = i == 0 ? Messages.get("print.matrix.col.units") : LEFT;
            names[fixed + i] = shortName(matrix.units().get(i));
        }
        if (matrix.units().isEmpty()) {
            table.header(top);
        } else {
            // the units' names smaller than the other headers: their columns are narrow
            table.header(top).header(TextStyle.centre().inBold().sized(UNIT_NAME_SIZE), names);
        }
        int group = 1;
        for (ResponsibilityMatrix.Directive directive : matrix.directives()) {
            table.row(List.of(cell(RomanNumerals.of(group++), centre.inBold()),
                    span(DocumentTexts.cite(directive.ref()), columns - 1, TextStyle.plain().inBold())));
            int stt = 1;
            for (ResponsibilityMatrix.Line line : directive.tasks()) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(stt++), line.task(),
                        line.due() == null ? "" : Formats.date(line.due()), Labels.of("tasks.state", line.state())));
                for (AssignmentRole role : line.roles()) {
                    row.add(role == null ? "" : Labels.of("print.matrix.role", role));
                }
                table.row(row.toArray(String[]::new));
            }
        }
        if (matrix.directives().isEmpty()) {
            table.row(List.of(span(Messages.get("print.matrix.none"), columns, TextStyle.plain().inItalic())));
        }
        List<String> subtitles = new ArrayList<>(List.of(Messages.get("print.matrix.asOf", Formats.date(matrix.asOf()))));
        if (matrix.shown() < matrix.total()) {
            subtitles.add(Messages.get("print.matrix.filtered", Formats.integer(matrix.shown())));
        }
        List<Block> top2 = List.of(PrintFrames.officialHeader(matrix.commune()), PrintFrames.title(Messages.get("print.matrix.title"), 18),
                PrintFrames.subtitles(subtitles.toArray(String[]::new)), Block.of(8));
        List<Block> bottom = List.of(PrintFrames.note(legend(matrix.units()), 8),
                PrintFrames.signatures(matrix.commune(), matrix.asOf()));
        return new PrintDocument(Messages.get("print.matrix.name"), PageSetup.Orientation.LANDSCAPE, top2, table.build(), bottom);
    }

    private static String shortName(Unit unit) {
        return unit.shortName() != null ? unit.shortName() : unit.name();
    }

    /** The roles' letters and the units' full names behind their short ones. */
    private static String legend(List<Unit> units) {
        List<String> names = new ArrayList<>();
        for (Unit unit : units) {
            names.add(unit.shortName() == null ? unit.name() : Messages.get("print.matrix.unitName", unit.shortName(), unit.name()));
        }
        return Messages.get("print.matrix.legend", String.join("; ", names));
    }
}
