package vn.cchcdesk.store.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.TaskMatrix;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.UnitDutyList;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.settings.SettingsService;

/**
 * The matrix and a unit's list as they print, read for the command line (the screen builds the
 * same models from what it shows): the tasks of one directive or of one year, states as of today
 * by the injected clock. Reads only.
 */
public final class TaskMatrices {

    private final TaskService tasks;
    private final CatalogService catalog;
    private final SettingsService settings;
    private final Clock clock;

    public TaskMatrices(TaskService tasks, CatalogService catalog, SettingsService settings, Clock clock) {
        this.tasks = tasks;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
    }

    /** Which tasks: one directive's, or every task of a year (the directive's year). */
    public record Scope(Long directiveId, Integer year) {

        public static Scope directive(long id) {
            return new Scope(id, null);
        }

        public static Scope year(int year) {
            return new Scope(null, year);
        }

        boolean takes(TaskRow row) {
            return directiveId != null ? row.directive().id() == directiveId : row.year() == year;
        }
    }

    public TaskMatrix matrix(Scope scope) {
        List<TaskRow> rows = rows(scope);
        return TaskMatrix.of(settings.communeOrBlank(), scopeText(scope, rows), today(), catalog.units(), rows);
    }

    public UnitDutyList duties(Scope scope, Unit unit) {
        List<TaskRow> rows = rows(scope);
        return UnitDutyList.of(settings.communeOrBlank(), unit, scopeText(scope, rows), today(), rows);
    }

    /** The live directive that gives tasks with this id, else with this number ("1069/UBND-VHXH"), if any. */
    public Optional<DocumentRef> directive(String idOrNumber) {
        String text = idOrNumber.trim();
        List<DocumentRef> directives = tasks.rows().stream().map(TaskRow::directive).distinct().toList();
        if (text.matches("\\d{1,18}")) {
            long id = Long.parseLong(text);
            Optional<DocumentRef> byId = directives.stream().filter(d -> d.id() == id).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        String folded = VietnameseText.fold(text).replace(" ", "");
        return directives.stream().filter(d -> d.number() != null
                && VietnameseText.fold(d.number().format()).replace(" ", "").equals(folded)).findFirst();
    }

    /** A unit by its id, its name, short name or an alias (accents and case aside). */
    public Optional<Unit> unit(String nameOrId) {
        List<Unit> units = catalog.units();
        String text = nameOrId.trim();
        if (text.matches("\\d+")) {
            long id = Long.parseLong(text);
            Optional<Unit> byId = units.stream().filter(u -> u.id() == id).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        String folded = VietnameseText.fold(text);
        return units.stream().filter(u -> VietnameseText.fold(u.name()).equals(folded)
                || (u.shortName() != null && VietnameseText.fold(u.shortName()).equals(folded))
                || u.aliases().stream().anyMatch(a -> VietnameseText.fold(a).equals(folded))).findFirst();
    }

    private List<TaskRow> rows(Scope scope) {
        return tasks.rows().stream().filter(scope::takes).toList();
    }

    private static String scopeText(Scope scope, List<TaskRow> rows) {
        if (scope.year() != null) {
            return yearScope(scope.year());
        }
        return rows.isEmpty() ? "" : directiveScope(rows.get(0).directive());
    }

    /** "Năm 2026". */
    public static String yearScope(int year) {
        return Messages.get("tasks.export.yearScope", String.valueOf(year));
    }

    /** "Thực hiện Công văn số 1069/UBND-VHXH ngày 26/03/2026". */
    public static String directiveScope(DocumentRef ref) {
        return Messages.get("tasks.export.directiveScope", directiveText(ref));
    }

    /** "Công văn số 1069/UBND-VHXH ngày 26/03/2026": how the subtitle names the directive. */
    private static String directiveText(DocumentRef ref) {
        StringBuilder text = new StringBuilder(ref.type().fullName());
        if (ref.number() != null) {
            text.append(' ').append(Messages.get("reports.document.number", ref.number().format()));
        }
        String date = ref.issueDate().format();
        if (!date.isEmpty()) {
            text.append(' ').append(Messages.get("reports.document.date", date));
        }
        return text.toString();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
