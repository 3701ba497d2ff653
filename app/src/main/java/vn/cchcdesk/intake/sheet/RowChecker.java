package vn.cchcdesk.intake.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.collect.ColumnMapping;
import vn.cchcdesk.domain.collect.ImportContext;
import vn.cchcdesk.domain.collect.ImportField;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.RowProblem;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Checks one data row and turns it into an activity: each mapped cell read as its field needs
 * (dates, whole numbers, known units and forms), the activity's own rules applied, every problem
 * tied to its row, column and header. Writes nothing and asks no database.
 */
final class RowChecker {

    private final ImportContext context;
    private final ColumnMapping mapping;
    private final Map<Integer, String> headers;
    private final boolean date1904;
    private final FormMatcher forms;
    private final UnitResolver units;
    private final Unit defaultUnit;

    RowChecker(ImportContext context, ColumnMapping mapping, Map<Integer, String> headers, boolean date1904,
               Unit defaultUnit) {
        this.context = context;
        this.mapping = mapping;
        this.headers = headers;
        this.date1904 = date1904;
        this.forms = new FormMatcher(context.forms());
        this.units = new UnitResolver(context.units());
        this.defaultUnit = defaultUnit;
    }

    /** Null for a row with nothing to import: blank in every mapped column, or a heading across the table. */
    ImportRow check(SheetRow row, SheetTable table) {
        Map<ImportField, Cell> cells = new EnumMap<>(ImportField.class);
        Map<ImportField, String> written = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            OptionalInt column = mapping.column(field);
            if (column.isPresent()) {
                Cell cell = row.cell(column.getAsInt());
                if (cell != null && !cell.isBlank()) {
                    cells.put(field, cell);
                    written.put(field, shown(cell));
                }
            }
        }
        // the measure unit is filled by a formula in the app's forms: alone it is no activity
        boolean nothingMapped = mapping.columns().isEmpty() && !row.isBlank();
        if (!nothingMapped && (cells.keySet().stream().allMatch(f -> f == ImportField.MEASURE_UNIT)
                || isHeading(row, table, cells))) {
            return null;
        }
        Rows problems = new Rows(row.number());

        LocalDate date = read(problems, ImportField.DATE, CellValues.date(cells.get(ImportField.DATE), date1904));
        Unit unit = unit(problems, text(problems, ImportField.UNIT, cells));
        PublicityForm form = form(problems, text(problems, ImportField.FORM, cells));
        String title = text(problems, ImportField.TITLE, cells);
        Integer quantity = read(problems, ImportField.QUANTITY, CellValues.count(cells.get(ImportField.QUANTITY)));
        Integer duration = read(problems, ImportField.DURATION, CellValues.count(cells.get(ImportField.DURATION)));
        Integer participants = read(problems, ImportField.PARTICIPANTS, CellValues.count(cells.get(ImportField.PARTICIPANTS)));
        String link = text(problems, ImportField.LINK, cells);
        String notes = text(problems, ImportField.NOTES, cells);
        String measure = text(problems, ImportField.MEASURE_UNIT, cells);

        if (date == null && !cells.containsKey(ImportField.DATE)) {
            problems.error(ImportField.DATE, "collect.row.required");
        }
        if (title == null && !problems.hasError(ImportField.TITLE)) {
            problems.error(ImportField.TITLE, "collect.row.required");
        }
        if (form == null && !cells.containsKey(ImportField.FORM)) {
            problems.error(ImportField.FORM, "collect.row.required");
        }
        if (quantity == null && !problems.hasError(ImportField.QUANTITY)) {
            quantity = 1;
            problems.warning(ImportField.QUANTITY, "collect.row.quantityDefault");
        }
        if (form != null && measure != null && !VietnameseText.fold(measure).equals(VietnameseText.fold(form.measureUnit()))) {
            problems.warning(ImportField.MEASURE_UNIT, "collect.row.measureMismatch", measure, form.measureUnit());
        }
        if (date != null && context.period() != null && context.cutoffRule() != null
                && !context.period().contains(date, context.cutoffRule())) {
            problems.warning(ImportField.DATE, "collect.row.outsidePeriod", Formats.date(date),
                    Formats.date(context.period().from(context.cutoffRule())),
                    Formats.date(context.period().to(context.cutoffRule())));
        }
        if (problems.hasErrors() || date == null || unit == null || form == null || title == null) {
            return new ImportRow(row.number(), written, null, null, problems.all(), false);
        }
        Activity activity = new Activity(null, date, unit.id(), form.id(), title, quantity, duration, participants, link,
                null, null, null, null, notes);
        for (Problem p : activity.validate(context.today())) {
            problems.error(field(p.field()), p.messageKey(), p.args().toArray());
        }
        if (problems.hasErrors()) {
            return new ImportRow(row.number(), written, null, null, problems.all(), false);
        }
        return new ImportRow(row.number(), written, activity, RowKeys.of(activity), problems.all(), false);
    }

    /** A cell as the clerk saw it in Excel: a date cell as 05/04/2026, not as its serial number. */
    private String shown(Cell cell) {
        if (cell.kind() == Cell.Kind.NUMBER && cell.dateFormatted()) {
            CellValues.Read<LocalDate> date = CellValues.date(cell, date1904);
            if (!date.failed() && date.value() != null) {
                return Formats.date(date.value());
            }
        }
        return VietnameseText.clean(Mojibake.repair(cell.display()));
    }

    private Unit unit(Rows problems, String written) {
        if (written == null) {
            if (defaultUnit == null && !problems.hasError(ImportField.UNIT)) {
                problems.error(ImportField.UNIT, mapping.has(ImportField.UNIT) ? "collect.row.unitRequired"
                        : "collect.row.unitUnknownForFile");
            }
            return defaultUnit;
        }
        var resolved = units.resolve(written);
        if (resolved.isEmpty()) {
            problems.error(ImportField.UNIT, "collect.row.unitUnknown", written);
            return null;
        }
        if (resolved.get().guessed()) {
            problems.warning(ImportField.UNIT, "collect.row.unitGuessed", written, resolved.get().unit().name());
        }
        return resolved.get().unit();
    }

    private PublicityForm form(Rows problems, String written) {
        if (written == null) {
            return null;
        }
        FormMatcher.Match match = forms.match(written);
        if (match.form() != null) {
            return match.form();
        }
        if (match.candidates().isEmpty()) {
            problems.error(ImportField.FORM, "collect.row.formUnknown", written);
        } else {
            problems.error(ImportField.FORM, "collect.row.formAmbiguous", written,
                    match.candidates().stream().map(PublicityForm::name).collect(Collectors.joining("; ")));
        }
        return null;
    }

    private String text(Rows problems, ImportField field, Map<ImportField, Cell> cells) {
        CellValues.Read<String> read = CellValues.text(cells.get(field));
        String value = read(problems, field, read);
        return VietnameseText.cleanOrNull(value);
    }

    private static <T> T read(Rows problems, ImportField field, CellValues.Read<T> read) {
        if (read.failed()) {
            problems.error(field, read.problemKey(), read.args().toArray());
            return null;
        }
        return read.value();
    }

    /** One filled cell spread by a merge across three or more columns: a section heading ("I. Thôn Đông"). */
    private static boolean isHeading(SheetRow row, SheetTable table, Map<ImportField, Cell> cells) {
        List<Cell> filled = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (filled.size() != 1) {
            return false;
        }
        SheetTable.Merge merge = table.mergeAt(row.number(), filled.get(0).column());
        return merge != null && merge.width() >= 3;
    }

    private static ImportField field(String activityField) {
        return switch (activityField) {
            case "date" -> ImportField.DATE;
            case "unit" -> ImportField.UNIT;
            case "form" -> ImportField.FORM;
            case "title" -> ImportField.TITLE;
            case "quantity" -> ImportField.QUANTITY;
            case "durationMinutes" -> ImportField.DURATION;
            case "participants" -> ImportField.PARTICIPANTS;
            case "link" -> ImportField.LINK;
            default -> ImportField.NOTES;
        };
    }

    /** The problems of one row, each placed at its field's column. */
    private final class Rows {
        private final int row;
        private final List<RowProblem> list = new ArrayList<>();

        Rows(int row) {
            this.row = row;
        }

        void error(ImportField field, String key, Object... args) {
            add(field, RowProblem.Severity.ERROR, key, args);
        }

        void warning(ImportField field, String key, Object... args) {
            add(field, RowProblem.Severity.WARNING, key, args);
        }

        private void add(ImportField field, RowProblem.Severity severity, String key, Object... args) {
            int column = mapping.column(field).orElse(-1);
            list.add(new RowProblem(row, column, column < 0 ? "" : headers.getOrDefault(column, ""), field, severity, key,
                    List.of(args)));
        }

        boolean hasError(ImportField field) {
            return list.stream().anyMatch(p -> p.isError() && p.field() == field);
        }

        boolean hasErrors() {
            return list.stream().anyMatch(RowProblem::isError);
        }

        List<RowProblem> all() {
            return list;
        }
    }
}
