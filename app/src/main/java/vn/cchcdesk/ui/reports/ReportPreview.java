package vn.cchcdesk.ui.reports;

import java.util.List;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.ReportWindows;
import vn.cchcdesk.domain.report.TaskState;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.template.SummaryRow;
import vn.cchcdesk.report.template.SummaryRows;

/**
 * What the screen shows of a period's report, worked out off the FX thread: the spans with their
 * dates, Biểu 1's rows, and how much the other sheets hold; {@code report} is the model they come
 * from, for whatever prints the period next (its Biểu 5 cursor reads the database again when walked).
 */
public record ReportPreview(ReportingPeriod period, String spans, String rule, List<SummaryRow> rows, String sheets,
                            QuarterlyReport report) {

    public static ReportPreview of(QuarterlyReport report) {
        ReportWindows w = report.windows();
        long submitted = report.units().stream().filter(u -> u.submittedOn() != null).count();
        long overdue = report.tasks().stream().filter(t -> t.state() == TaskState.OVERDUE).count();
        String sheets = Messages.get("reportscreen.sheets", Formats.integer(report.units().size()), Formats.integer(submitted),
                Formats.integer(report.tasks().size()), Formats.integer(overdue), Formats.integer(report.received().size()),
                Formats.integer(report.issued().size()), Formats.integer(report.activityCount()));
        return new ReportPreview(w.period(), spans(w), vn.cchcdesk.ui.common.EnumLabels.label("reportscreen.rule", w.rule()), SummaryRows.of(report),
                sheets, report);
    }

    /** "Thực hiện trong kỳ: 15/03/2026 – 14/06/2026 · Lũy kế từ đầu năm: … · Cùng kỳ năm trước: …" */
    public static String spans(ReportWindows w) {
        DateRange c = w.current();
        DateRange y = w.yearToDate();
        DateRange l = w.sameLastYear();
        return Messages.get("reportscreen.spans", Formats.date(c.from()), Formats.date(c.to()), Formats.date(y.from()),
                Formats.date(y.to()), Formats.date(l.from()), Formats.date(l.to()));
    }
}
