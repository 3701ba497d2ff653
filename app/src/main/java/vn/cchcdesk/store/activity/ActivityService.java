package vn.cchcdesk.store.activity;

import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.PLAN_TARGET;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.TASK;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityRow;
import vn.cchcdesk.domain.activity.FormTotal;
import vn.cchcdesk.domain.activity.WebsiteVisits;
import vn.cchcdesk.store.audit.AuditLog;

/**
 * Logging publicity activities and the website's monthly visits: every save, bulk save, move to
 * the trash and restore is one transaction with its audit lines, so a failure writes nothing.
 */
public final class ActivityService {

    private static final String ENTITY = "activity";
    /** Pages longer than this are read by the repository's own ordered query. */
    private static final int LARGEST_PAGE = 5_000;

    private final DSLContext dsl;
    private final ActivityRepository activities;
    private final WebsiteVisitRepository visits;
    private final AuditLog audit;
    private final Clock clock;
    private ActivityBrowser browser;
    private IndexedList indexed;

    public ActivityService(DSLContext dsl, ActivityRepository activities, WebsiteVisitRepository visits, AuditLog audit,
                           Clock clock) {
        this.dsl = dsl;
        this.activities = activities;
        this.visits = visits;
        this.audit = audit;
        this.clock = clock;
    }

    /** The list, totals and suggestions the activities screen reads; they share one in-memory index of the activities. */
    public synchronized ActivityBrowser browser() {
        if (browser == null) {
            browser = new ActivityBrowser(this, new ActivityListRepository(dsl), new LinkChoiceRepository(dsl), indexed());
        }
        return browser;
    }

    /** The one in-memory index of the activities: the screen's list and {@link #search}, {@link #count}, {@link #totals}. */
    private synchronized IndexedList indexed() {
        if (indexed == null) {
            indexed = new IndexedList(dsl, new ActivityIndex(dsl));
        }
        return indexed;
    }

    public Optional<Activity> find(long id) {
        return activities.findById(id);
    }

    /** A page of the filtered list, newest first. */
    public List<ActivityRow> search(ActivityFilter filter, int offset, int limit) {
        // the order from memory (ActivityIndex): H2 reads every row's text for a word, and sorts
        // all 100,000 rows for the unfiltered first page; only the page is read, by id
        long[] ids = indexed().newestFirst(filter, offset, limit);
        if (ids.length == 0) {
            return List.of();
        }
        if (ids.length > LARGEST_PAGE) {
            // an export of thousands of rows: one ordered scan beats a list of ids that long
            return activities.search(filter, offset, limit);
        }
        return activities.rows(ids, filter);
    }

    /** How many activities match (from the in-memory index, as {@link #search}). */
    public int count(ActivityFilter filter) {
        return indexed().count(filter);
    }

    /** The filtered activities added up by form: the totals under the list and in reports (from the in-memory index). */
    public List<FormTotal> totals(ActivityFilter filter) {
        return indexed().totals(filter);
    }

    /** Saves a new activity or changes a live one. */
    public Activity save(Activity activity) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Problem> problems = activity.validate(now.toLocalDate());
        throwIfAny(problems);
        return dsl.transactionResult(() -> {
            throwIfAny(references(List.of(activity)));
            if (activity.id() == null) {
                Activity saved = activity.withId(activities.insert(activity, now));
                audit.record(ENTITY, saved.id(), AuditLog.Action.CREATE, null, saved);
                return saved;
            }
            Activity before = activities.findById(activity.id()).orElseThrow(() -> new AppException("activities.notFound"));
            activities.update(activity, now);
            audit.record(ENTITY, activity.id(), AuditLog.Action.UPDATE, before, activity);
            return activity;
        });
    }

    /**
     * Saves many new activities (an import, a pasted block) in one transaction: all or none. The
     * problems name their row by its index in the list: {@code rows[3].title}.
     */
    public List<Activity> saveAll(List<Activity> newActivities) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < newActivities.size(); i++) {
            Activity a = newActivities.get(i);
            if (a.id() != null) {
                problems.add(Problem.of(rowField(i, "id"), "activities.validation.alreadySaved"));
            }
            for (Problem p : a.validate(now.toLocalDate())) {
                problems.add(new Problem(rowField(i, p.field()), p.messageKey(), p.args()));
            }
        }
        throwIfAny(problems);
        return dsl.transactionResult(() -> {
            throwIfAny(references(newActivities));
            List<Long> ids = activities.insertAll(newActivities, now, null, null);
            List<Activity> saved = new ArrayList<>(ids.size());
            List<AuditLog.Line> lines = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                Activity a = newActivities.get(i).withId(ids.get(i));
                saved.add(a);
                lines.add(new AuditLog.Line(ENTITY, a.id(), AuditLog.Action.CREATE, null, a));
            }
            audit.recordAll(lines);
            return saved;
        });
    }

    /** Moves live activities to the trash (a multi-row delete the clerk can undo); returns how many moved. */
    public int moveToTrash(Collection<Long> ids) {
        return dsl.transactionResult(() -> {
            LocalDateTime now = LocalDateTime.now(clock);
            List<Activity> before = activities.findAll(activities.liveIds(ids));
            int moved = activities.moveToTrash(ids, now);
            audit.recordAll(before.stream()
                    .map(a -> new AuditLog.Line(ENTITY, a.id(), AuditLog.Action.DELETE, a, null)).toList());
            return moved;
        });
    }

    /** Takes activities out of the trash (the undo of {@link #moveToTrash}); returns how many came back. */
    public int restore(Collection<Long> ids) {
        return dsl.transactionResult(() -> {
            LocalDateTime now = LocalDateTime.now(clock);
            Set<Long> trashed = activities.trashedIds(ids);
            int restored = activities.restoreFromTrash(trashed, now);
            audit.recordAll(activities.findAll(trashed).stream()
                    .map(a -> new AuditLog.Line(ENTITY, a.id(), AuditLog.Action.RESTORE, null, a)).toList());
            return restored;
        });
    }

    /** The months of a year that have a visit count, in month order. */
    public List<WebsiteVisits> websiteVisits(int year) {
        return visits.ofYear(year);
    }

    /** Enters or corrects one month's visit count. */
    public void saveWebsiteVisits(WebsiteVisits monthly) {
        throwIfAny(monthly.validate(LocalDate.now(clock)));
        dsl.transaction(() -> {
            WebsiteVisits before = visits.find(monthly.year(), monthly.month()).orElse(null);
            visits.upsert(monthly);
            // the table's key is (year, month): the audit line's id is yyyymm
            audit.record("website_visit", monthly.year() * 100L + monthly.month(),
                    before == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, before, monthly);
        });
    }

    /**
     * The references that name nothing: a unit, form, task, document or plan target that is not
     * (or no longer) there. Checked in the transaction so the clerk reads which one, not a
     * foreign-key error.
     */
    private List<Problem> references(List<Activity> all) {
        Set<Long> units = activities.knownIds(ids(all, Activity::unitId), UNIT, UNIT.ID, DSL.trueCondition());
        Set<Long> forms = activities.knownIds(ids(all, Activity::formId), PUBLICITY_FORM, PUBLICITY_FORM.ID, DSL.trueCondition());
        Set<Long> tasks = activities.knownIds(ids(all, Activity::taskId), TASK, TASK.ID, TASK.DELETED_AT.isNull());
        Set<Long> documents = activities.knownIds(ids(all, Activity::documentId), DOCUMENT, DOCUMENT.ID, DOCUMENT.DELETED_AT.isNull());
        Set<Long> targets = activities.knownIds(ids(all, Activity::planTargetId), PLAN_TARGET, PLAN_TARGET.ID, DSL.trueCondition());
        List<Problem> problems = new ArrayList<>();
        boolean many = all.size() > 1;
        for (int i = 0; i < all.size(); i++) {
            Activity a = all.get(i);
            unknown(problems, many, i, "unit", a.unitId(), units);
            unknown(problems, many, i, "form", a.formId(), forms);
            unknown(problems, many, i, "task", a.taskId(), tasks);
            unknown(problems, many, i, "document", a.documentId(), documents);
            unknown(problems, many, i, "planTarget", a.planTargetId(), targets);
        }
        return problems;
    }

    private static void unknown(List<Problem> problems, boolean many, int row, String field, Long id, Set<Long> known) {
        if (id != null && !known.contains(id)) {
            problems.add(Problem.of(many ? rowField(row, field) : field, "activities.validation.unknownReference", id));
        }
    }

    private static Set<Long> ids(List<Activity> all, Function<Activity, Long> id) {
        return all.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static String rowField(int row, String field) {
        return "rows[" + row + "]." + field;
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
