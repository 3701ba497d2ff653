package vn.cchcdesk.store.report;

import java.time.LocalDate;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.ReportWindows;
import vn.cchcdesk.domain.report.Summary;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.store.settings.SettingsRepository;

/**
 * Fills the periodic report of a period from the database: aggregates in SQL (GROUP BY with a
 * FILTER per span, never a row per activity in memory), tasks and documents as lists, and the
 * activities of Biểu 5 as a cursor walked while the sheet is written.
 *
 * <p>The spans follow the cut-off rule of the settings ({@link ReportWindows}). Reads only.
 */
public final class ReportQueries {

    /** Plans the written report cites as what it carries out. */
    static final int PLANS_CITED = 2;

    /** Activities the written report names as highlights. */
    static final int HIGHLIGHTS = 5;

    private final DSLContext dsl;
    private final SettingsRepository settings;
    private final FormQueries forms;
    private final DocumentQueries documents;
    private final TaskQueries tasks;
    private final ActivityQueries activities;

    public ReportQueries(DSLContext dsl, SettingsRepository settings) {
        this.dsl = dsl;
        this.settings = settings;
        this.forms = new FormQueries(dsl);
        this.documents = new DocumentQueries(dsl);
        this.tasks = new TaskQueries(dsl);
        this.activities = new ActivityQueries(dsl);
    }

    /** The spans of a period under the commune's cut-off rule. */
    public ReportWindows windows(ReportingPeriod period) {
        return ReportWindows.of(period, settings.reporting().cutoffRule());
    }

    /**
     * Everything the period's report says.
     *
     * @param today the day it is prepared: the tables' date line, and the day task states are
     *              judged on while the period is still running
     * @throws AppException when the first-start setup has not named the commune yet
     */
    public QuarterlyReport quarterly(ReportingPeriod period, LocalDate today) {
        CommuneSettings commune = settings.commune().orElseThrow(() -> new AppException("reports.noCommune"));
        ReportWindows w = windows(period);
        TaskQueries.Result taskResult = tasks.load(w, today);
        ActivityGrid grid = ActivityGrid.load(dsl, w);
        Summary summary = new Summary(documents.figures(w), forms.forms(w, grid), taskResult.figures(), forms.websiteVisits(w));
        // the rows of Biểu 5, counted by the form figures rather than by one more pass over the activities
        long activityCount = summary.forms().stream().mapToLong(f -> f.activities().current()).sum();
        return new QuarterlyReport(w, commune, today, summary, forms.units(w, grid), taskResult.groups(),
                documents.received(w.current()), documents.issued(w.current()), documents.plansOf(period.year(), w.current(), PLANS_CITED),
                activities.largest(w.current(), HIGHLIGHTS), activityCount, activities.details(w.current()));
    }
}
