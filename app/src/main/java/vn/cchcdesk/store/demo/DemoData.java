package vn.cchcdesk.store.demo;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.TASK;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.WebsiteVisits;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.activity.ActivityRepository;
import vn.cchcdesk.store.activity.WebsiteVisitRepository;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.document.DocumentRepository;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.store.task.TaskRepository;

/**
 * Fills an empty data folder with a commune's realistic CCHC years (used by demos and
 * benchmarks): settings when missing, villages and schools, documents in and out, the tasks of
 * the commune's directives, plan targets, activities and website visits. The same seed on the
 * same day gives the same data. Everything is one transaction: a failed run leaves the folder as
 * it was.
 */
public final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** Activities are made and written a slice of the years at a time, so memory stays flat. */
    private static final int SLICE = 20_000;

    private final DSLContext dsl;
    private final SettingsService settings;
    private final CatalogService catalog;
    private final DocumentRepository documents;
    private final TaskRepository tasks;
    private final ActivityRepository activities;
    private final WebsiteVisitRepository visits;
    private final AuditLog audit;
    private final Clock clock;

    public DemoData(DSLContext dsl, SettingsService settings, CatalogService catalog, DocumentRepository documents,
                    TaskRepository tasks, ActivityRepository activities, WebsiteVisitRepository visits, AuditLog audit,
                    Clock clock) {
        this.dsl = dsl;
        this.settings = settings;
        this.catalog = catalog;
        this.documents = documents;
        this.tasks = tasks;
        this.activities = activities;
        this.visits = visits;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the folder holds no documents, tasks or activities (live or in the trash). */
    public boolean isEmpty() {
        return dsl.fetchCount(DOCUMENT) == 0 && dsl.fetchCount(TASK) == 0 && dsl.fetchCount(ACTIVITY) == 0;
    }

    public DemoResult generate(DemoSpec spec) {
        List<Problem> problems = spec.validate();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long started = System.nanoTime();
        long cpuStarted = cpuNanos();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(today.getYear() - spec.years() + 1, 1, 1);
        return dsl.transactionResult(() -> {
            if (!isEmpty()) {
                throw new AppException("data.demo.notEmpty");
            }
            CommuneSettings commune = settings.commune().orElseGet(() -> {
                settings.saveCommune(DemoCommune.SETTINGS);
                return DemoCommune.SETTINGS;
            });
            List<Unit> units = units(commune);
            List<PublicityForm> forms = catalog.forms().stream().filter(PublicityForm::active)
                    .sorted(Comparator.comparing(PublicityForm::id)).toList();

            DemoDocuments.Made docs = new DemoDocuments(new Pick(spec.seed(), 1), documents, commune,
                    catalog.bodies().stream().sorted(Comparator.comparing(b -> b.id())).toList(), units, from, today)
                    .make(spec.documents());
            long documentsDone = System.nanoTime();
            DemoTasks.Made made = new DemoTasks(new Pick(spec.seed(), 2), tasks, units, today).make(spec.tasks(), docs.directives());
            long tasksDone = System.nanoTime();
            Map<String, Long> targets = new DemoTargets(dsl).make(docs.planByYear(), forms);
            int written = activities(spec, commune, units, forms,
                    new DemoActivities.Links(docs.planByYear(), targets, made.tasksByYearAndUnit()), from, today);
            long activitiesDone = System.nanoTime();
            int months = visits(new Pick(spec.seed(), 4), from, today);
            LOG.info("Demo data: {} documents in {} ms, {} tasks in {} ms, {} activities in {} ms ({} ms of this thread's CPU in all)",
                    docs.count(), (documentsDone - started) / 1_000_000, made.count(), (tasksDone - documentsDone) / 1_000_000,
                    written, (activitiesDone - tasksDone) / 1_000_000, (cpuNanos() - cpuStarted) / 1_000_000);
            DemoResult result = new DemoResult(docs.count(), made.count(), written, targets.size(), months, from, today,
                    spec.seed(), Duration.ofNanos(System.nanoTime() - started));
            // one line for the whole run: the rows are not the clerk's edits
            audit.record("demo_data", spec.seed(), AuditLog.Action.CREATE, null, spec);
            return result;
        });
    }

    /** The calling thread's CPU time: on a busy machine it tells the work apart from the waiting. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private int activities(DemoSpec spec, CommuneSettings commune, List<Unit> units, List<PublicityForm> forms,
                           DemoActivities.Links links, LocalDate from, LocalDate today) {
        if (units.isEmpty() || forms.isEmpty()) {
            return 0;
        }
        DemoActivities maker = new DemoActivities(new Pick(spec.seed(), 3), units, forms, commune.placeName(),
                DemoCommune.websiteHost(commune), links);
        long days = today.toEpochDay() - from.toEpochDay() + 1;
        int slices = Math.max(1, (spec.activities() + SLICE - 1) / SLICE);
        LocalDateTime now = LocalDateTime.now(clock);
        int written = 0;
        for (int i = 0; i < slices; i++) {
            LocalDate sliceFrom = from.plusDays(days * i / slices);
            LocalDate sliceTo = from.plusDays(days * (i + 1) / slices - 1);
            int count = (int) ((long) spec.activities() * (i + 1) / slices - (long) spec.activities() * i / slices);
            List<Activity> slice = maker.make(count, sliceFrom, sliceTo.isBefore(sliceFrom) ? sliceFrom : sliceTo);
            for (Activity a : slice) {
                if (!a.validate(today).isEmpty()) {
                    throw new IllegalStateException("Demo activity breaks a rule: " + a + " " + a.validate(today));
                }
            }
            written += activities.insertAll(slice, now, null, null).size();
        }
        return written;
    }

    /** Visits to the CCHC section for every finished month: growing each year, busier around contests. */
    private int visits(Pick pick, LocalDate from, LocalDate today) {
        int months = 0;
        for (LocalDate month = from.withDayOfMonth(1); month.isBefore(today.withDayOfMonth(1)); month = month.plusMonths(1)) {
            double base = 900 + 350.0 * (month.getYear() - from.getYear());
            double season = switch (month.getMonthValue()) {
                case 3, 4, 10 -> 1.4;
                case 1, 2 -> 0.8;
                default -> 1.0;
            };
            long count = Math.round(base * season * (0.75 + pick.between(0, 55) / 100.0));
            visits.upsert(new WebsiteVisits(month.getYear(), month.getMonthValue(), count));
            months++;
        }
        return months;
    }

    /** The catalogue's active units in id order, with the commune's villages and schools added when missing. */
    private List<Unit> units(CommuneSettings commune) {
        List<Unit> existing = catalog.units();
        List<Unit> wanted = new ArrayList<>();
        int order = 200;
        for (String village : DemoTexts.VILLAGES) {
            wanted.add(new Unit(null, "Thôn " + village, null, UnitKind.VILLAGE, List.of(), order += 10, true));
        }
        for (String school : List.of("Trường Mầm non ", "Trường Tiểu học ", "Trường THCS ")) {
            wanted.add(new Unit(null, school + commune.placeName(), null, UnitKind.SCHOOL, List.of(), order += 10, true));
        }
        for (Unit unit : wanted) {
            if (existing.stream().noneMatch(u -> VietnameseText.fold(u.name()).equals(VietnameseText.fold(unit.name())))) {
                catalog.saveUnit(unit);
            }
        }
        return catalog.units().stream().filter(Unit::active).sorted(Comparator.comparing(Unit::id)).toList();
    }
}
