package vn.cchcdesk.report.unitform;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.collect.FormStamp;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.xlsx.InputHint;
import vn.cchcdesk.report.xlsx.OfficialBlocks;
import vn.cchcdesk.report.xlsx.Page;
import vn.cchcdesk.report.xlsx.XlsxBook;
import vn.cchcdesk.report.xlsx.XlsxRow;
import vn.cchcdesk.report.xlsx.XlsxSheet;
import vn.cchcdesk.report.xlsx.XlsxStyles;

/**
 * Writes the form a unit fills with its publicity activities for a period: the commune and unit,
 * the period with its data dates and the deadline, instructions in Vietnamese, then a table of
 * empty rows whose cells check what is typed (drop-down lists of forms, units of measure and
 * units from a hidden sheet, dates, whole numbers). The sheet is protected without a password:
 * only the input cells are unlocked, so headers survive careless editing. Laid out and saved by
 * the {@code report.xlsx} toolkit like every workbook of the app (A4 landscape, fit to width,
 * header row repeated, page numbers). A very hidden sheet stamps the unit and period so the
 * import knows whose numbers come back.
 */
public final class UnitFormWriter {

    /** The header row (1-based, as Excel shows it); input rows follow. */
    public static final int HEADER_ROW = 8;
    /** Columns in order; their headers are the import's own field names. */
    static final String[] HEADERS = {"collect.form.header.STT", "collect.field.DATE", "collect.field.UNIT",
        "collect.field.FORM", "collect.field.TITLE", "collect.field.QUANTITY", "collect.field.MEASURE_UNIT",
        "collect.field.DURATION", "collect.field.PARTICIPANTS", "collect.field.LINK", "collect.field.NOTES"};
    private static final double[] WIDTHS = {6, 14, 26, 32, 46, 10, 14, 12, 12, 28, 22};
    private static final int DATE = 1;
    private static final int UNIT = 2;
    private static final int FORM = 3;
    private static final int MEASURE = 6;
    private static final int[] COUNTS = {5, 7, 8};
    /** The issuer's line spans the first columns only, as on an official header. */
    private static final int ISSUER_COLUMNS = 5;

    private UnitFormWriter() {
    }

    /**
     * Writes beside the target and moves it into place: a half-written form never exists.
     *
     * @throws vn.cchcdesk.domain.AppException naming the file when it cannot be written
     */
    public static void write(UnitFormSpec spec, Path file) {
        try (XlsxBook book = XlsxBook.create()) {
            build(book, spec);
            book.save(file);
        }
    }

    static void build(XlsxBook book, UnitFormSpec spec) {
        XlsxStyles s = book.styles();
        XlsxSheet sheet = book.sheet(Messages.get("collect.form.sheetName"), Page.LANDSCAPE).columns(WIDTHS);
        Lists lists = lists(book, spec);
        stamp(book, spec);

        CellStyle bold = s.custom(XlsxStyles.BODY_SIZE, "b", HorizontalAlignment.LEFT, false, null);
        sheet.row().span(Messages.get("collect.form.issuer", OfficialBlocks.upper(spec.communeName())), bold, ISSUER_COLUMNS);
        sheet.line(spec.unit() == null ? Messages.get("collect.form.unitAll")
                : Messages.get("collect.form.unit", spec.unit().name()), bold);
        sheet.title(Messages.get("collect.form.title"));
        sheet.subtitle(Messages.get("collect.form.period", UnitFormTexts.periodLabel(spec.period()),
                Formats.date(spec.from()), Formats.date(spec.to())));
        sheet.subtitle(Messages.get("collect.form.deadline", spec.focalOffice(), Formats.date(spec.deadline())));
        String instructions = Messages.get("collect.form.instructions")
                + (spec.unit() == null ? "" : " " + Messages.get("collect.form.instructionsOwnUnit"));
        sheet.line(instructions, s.custom(11, "i", HorizontalAlignment.LEFT, false, null));
        sheet.skip(HEADER_ROW - 1 - sheet.nextRow());
        String[] headers = new String[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            headers[c] = Messages.get(HEADERS[c]);
        }
        int first = sheet.tableHeader(headers);
        int last = first + spec.rows() - 1;

        CellStyle sequence = s.custom(XlsxStyles.BODY_SIZE, "", HorizontalAlignment.CENTER, true, null);
        CellStyle text = s.unlocked(s.text());
        CellStyle date = s.unlocked(s.date());
        CellStyle number = s.unlocked(s.integer());
        for (int r = first; r <= last; r++) {
            XlsxRow row = sheet.row().integer(r - first + 1, sequence).date(null, date).text("", text).text("", text)
                    .text("", text).integer((Long) null, number);
            // the unit of measure follows the form chosen; a unit may still pick another from the list
            String form = row.ref(FORM);
            row.formula("IF(" + form + "=\"\",\"\",IFERROR(VLOOKUP(" + form + "," + lists.formTable() + ",2,FALSE),\"\"))", text)
                    .integer((Long) null, number).integer((Long) null, number).text("", text).text("", text)
                    .atLeast(20);  // room to read a printed blank form; the default 15 pt rows are cramped
        }
        checks(sheet, spec, lists, first, last);
        sheet.freezeHeader().protect();
    }

    private static void checks(XlsxSheet sheet, UnitFormSpec spec, Lists lists, int first, int last) {
        LocalDate earliest = LocalDate.of(spec.from().getYear() - 1, 1, 1);
        LocalDate latest = LocalDate.of(spec.to().getYear() + 1, 12, 31);
        sheet.allowDates(first, last, DATE, earliest, latest, hint(DATE, "collect.form.datePrompt", "collect.form.dateError"));
        sheet.allowList(first, last, UNIT, lists.units(), hint(UNIT, "collect.form.listPrompt", "collect.form.unitError"));
        sheet.allowList(first, last, FORM, lists.forms(), hint(FORM, "collect.form.listPrompt", "collect.form.formError"));
        sheet.allowList(first, last, MEASURE, lists.measures(),
                hint(MEASURE, "collect.form.listPrompt", "collect.form.measureError"));
        for (int column : COUNTS) {
            sheet.allowIntegers(first, last, column, 0, 1_000_000,
                    hint(column, "collect.form.countPrompt", "collect.form.countError"));
        }
    }

    private static InputHint hint(int column, String promptKey, String errorKey) {
        return new InputHint(Messages.get(HEADERS[column]), Messages.get(promptKey), Messages.get("collect.form.errorTitle"),
                Messages.get(errorKey));
    }

    /** Where the drop-down lists are, as absolute references into the hidden list sheet. */
    private record Lists(String forms, String formTable, String units, String measures) {
    }

    private static Lists lists(XlsxBook book, UnitFormSpec spec) {
        XlsxSheet sheet = book.sheet(FormStamp.LISTS_SHEET, Page.PORTRAIT).columns(50, 14, 40, 14);
        CellStyle plain = book.styles().plain();
        List<PublicityForm> forms = spec.forms().stream().filter(PublicityForm::active).toList();
        List<Unit> units = spec.units().stream().filter(Unit::active).toList();
        Set<String> measures = new LinkedHashSet<>();
        forms.forEach(f -> measures.add(f.measureUnit()));
        List<String> measureList = List.copyOf(measures);
        sheet.row().text(Messages.get("collect.field.FORM"), plain).text(Messages.get("collect.field.MEASURE_UNIT"), plain)
                .text(Messages.get("collect.field.UNIT"), plain).text(Messages.get("collect.field.MEASURE_UNIT"), plain);
        int rows = Math.max(forms.size(), Math.max(units.size(), measureList.size()));
        for (int i = 0; i < rows; i++) {
            XlsxRow row = sheet.row();
            if (i < forms.size()) {
                row.at(0).text(forms.get(i).name(), plain).text(forms.get(i).measureUnit(), plain);
            }
            if (i < units.size()) {
                row.at(2).text(units.get(i).name(), plain);
            }
            if (i < measureList.size()) {
                row.at(3).text(measureList.get(i), plain);
            }
        }
        book.hide(sheet, false);
        String name = "'" + FormStamp.LISTS_SHEET + "'!";
        return new Lists(name + "$A$2:$A$" + (forms.size() + 1), name + "$A$2:$B$" + (forms.size() + 1),
                name + "$C$2:$C$" + (units.size() + 1), name + "$D$2:$D$" + (measureList.size() + 1));
    }

    private static void stamp(XlsxBook book, UnitFormSpec spec) {
        XlsxSheet sheet = book.sheet(FormStamp.STAMP_SHEET, Page.PORTRAIT).columns(20, 40);
        CellStyle plain = book.styles().plain();
        String[][] values = {
            {FormStamp.KEY_APP, FormStamp.APP},
            {FormStamp.KEY_UNIT_ID, spec.unit() == null ? "" : String.valueOf(spec.unit().id())},
            {FormStamp.KEY_UNIT_NAME, spec.unit() == null ? "" : spec.unit().name()},
            {FormStamp.KEY_PERIOD, spec.period().code()},
        };
        for (String[] pair : values) {
            sheet.row().text(pair[0], plain).text(pair[1], plain);
        }
        book.hide(sheet, true);
    }
}
