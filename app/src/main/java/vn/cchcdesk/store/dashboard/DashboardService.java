package vn.cchcdesk.store.dashboard;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.calendar.WorkingCalendar;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.plan.TargetProgress;
import vn.cchcdesk.domain.plan.TargetStatus;
import vn.cchcdesk.domain.settings.ReportingSettings;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.TaskSchedule;
import vn.cchcdesk.store.calendar.HolidayService;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.collect.SubmissionService;
import vn.cchcdesk.store.plan.PlanTargetService;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.store.task.TaskService;

/**
 * The start screen's figures for a year: activities per month and form group (one grouped SQL
 * query, quick on 100,000 rows), plan targets by status, the tasks each unit leads by where they
 * stand, and the dates coming up (tasks' next due dates, the units' internal deadline and the
 * commune's report deadline of each reporting period).
 */
public final class DashboardService {

    /** Units shown in the tasks chart: the busiest; the rest would be bars too thin to read. */
    public static final int UNITS_SHOWN = 12;
    /** Dates listed as coming up. */
    public static final int UPCOMING_SHOWN = 8;
    /** Of those, the reporting dates (units' and the commune's) kept whatever the tasks. */
    public static final int REPORT_DATES_SHOWN = 3;

    private final DSLContext dsl;
    private final TaskService tasks;
    private final PlanTargetService targets;
    private final CatalogService catalog;
    private final SettingsService settings;
    private final HolidayService holidays;
    private final SubmissionService submissions;
    private final Clock clock;

    public DashboardService(DSLContext dsl, TaskService tasks, PlanTargetService targets, CatalogService catalog,
                            SettingsService settings, HolidayService holidays, SubmissionService submissions, Clock clock) {
        this.dsl = dsl;
        this.tasks = tasks;
        this.targets = targets;
        this.catalog = catalog;
        this.settings = settings;
        this.holidays = holidays;
        this.submissions = submissions;
        this.clock = clock;
    }

    public DashboardFigures figures(int year) {
        LocalDate today = LocalDate.now(clock);
        List<TaskRow> rows = tasks.rows();
        return new DashboardFigures(year, activities(year), targets(year, today), unitTasks(rows, year, today),
                upcoming(rows, today));
    }

    /** Live activities of the year counted per calendar month and form group. */
    public MonthlyActivities activities(int year) {
        Field<Integer> month = DSL.month(ACTIVITY.ACTIVITY_DATE);
        Map<FormGroup, int[]> byGroup = new EnumMap<>(FormGroup.class);
        dsl.select(month, PUBLICITY_FORM.FORM_GROUP, DSL.count())
                .from(ACTIVITY).join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(ACTIVITY.FORM_ID))
                .where(ACTIVITY.ACTIVITY_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .and(ACTIVITY.DELETED_AT.isNull())
                .groupBy(month, PUBLICITY_FORM.FORM_GROUP)
                .forEach(r -> byGroup.computeIfAbsent(FormGroup.valueOf(r.value2()), g -> new int[12])[r.value1() - 1] = r.value3());
        return new MonthlyActivities(year, byGroup);
    }

    /** The year's plan targets by status on the given day (a past year's are final). */
    public Map<TargetStatus, Integer> targets(int year, LocalDate today) {
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        for (TargetProgress p : targets.progressOfYear(year, today)) {
            counts.merge(p.status(), 1, Integer::sum);
        }
        return counts;
    }

    private List<UnitTasks> unitTasks(List<TaskRow> rows, int year, LocalDate today) {
        Map<Long, Unit> units = catalog.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (TaskRow row : rows) {
            if (row.year() != year) {
                continue;
            }
            TaskSchedule s = row.schedule(today);
            for (Assignment a : row.task().assignments(AssignmentRole.LEAD)) {
                Unit unit = a.unitId() == null ? null : units.get(a.unitId());
                String name = unit == null ? a.unitText() : unit.shortName() != null ? unit.shortName() : unit.name();
                ids.putIfAbsent(name, unit == null ? null : unit.id());
                int[] c = counts.computeIfAbsent(name, n -> new int[4]);
                c[switch (s.state()) {
                    case DONE -> 0;
                    case IN_PROGRESS -> 1;
                    case NOT_STARTED -> 2;
                    case OVERDUE -> 3;
                }]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new UnitTasks(ids.get(e.getKey()), e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparingInt(UnitTasks::total).reversed().thenComparing(UnitTasks::unit))
                .limit(UNITS_SHOWN).toList();
    }

    private List<UpcomingDeadline> upcoming(List<TaskRow> rows, LocalDate today) {
        List<UpcomingDeadline> all = new ArrayList<>();
        for (TaskRow row : rows) {
            TaskSchedule s = row.schedule(today);
            if (s.state() != vn.cchcdesk.domain.task.TaskState.DONE && !s.overdue() && s.nextDue() != null && !s.nextDue().isBefore(today)) {
                all.add(new UpcomingDeadline(UpcomingDeadline.Kind.TASK, s.nextDue(), row.id(), List.of(), row.task().text(),
                        row.directive().label()));
            }
        }
        ReportingSettings reporting = settings.reporting();
        WorkingCalendar calendar = holidays.calendar();
        // a quarter and the 6 or 9 months ending with it share their deadlines: one line names both
        Map<String, List<String>> reports = new LinkedHashMap<>();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            for (ReportingPeriod period : ReportingPeriod.allOf(year)) {
                LocalDate units = submissions.deadline(period);
                if (!units.isBefore(today)) {
                    reports.computeIfAbsent(UpcomingDeadline.Kind.UNIT_SUBMISSIONS + "/" + units, k -> new ArrayList<>()).add(period.code());
                }
                LocalDate commune = calendar.plusWorkingDays(period.to(reporting.cutoffRule()), reporting.communeReportWorkingDays());
                if (!commune.isBefore(today)) {
                    reports.computeIfAbsent(UpcomingDeadline.Kind.COMMUNE_REPORT + "/" + commune, k -> new ArrayList<>()).add(period.code());
                }
            }
        }
        reports.forEach((key, codes) -> {
            String[] parts = key.split("/");
            all.add(new UpcomingDeadline(UpcomingDeadline.Kind.valueOf(parts[0]), LocalDate.parse(parts[1]), null, codes, "", ""));
        });
        Comparator<UpcomingDeadline> byDate = Comparator.comparing(UpcomingDeadline::date).thenComparing(d -> d.kind().ordinal());
        // the reporting dates always show, however many tasks fall due first: they are the clerk's own
        List<UpcomingDeadline> reportDates = all.stream().filter(d -> d.kind() != UpcomingDeadline.Kind.TASK).sorted(byDate)
                .limit(REPORT_DATES_SHOWN).toList();
        List<UpcomingDeadline> shown = new ArrayList<>(reportDates);
        all.stream().filter(d -> !reportDates.contains(d)).sorted(byDate)
                .limit(UPCOMING_SHOWN - reportDates.size()).forEach(shown::add);
        shown.sort(byDate);
        return shown;
    }
}
