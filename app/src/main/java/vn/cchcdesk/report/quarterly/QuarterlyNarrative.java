package vn.cchcdesk.report.quarterly;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.report.ActivityLine;
import vn.cchcdesk.domain.report.DirectiveFigures;
import vn.cchcdesk.domain.report.DocumentLine;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.TaskFigures;
import vn.cchcdesk.domain.report.TaskLine;
import vn.cchcdesk.domain.report.TaskState;
import vn.cchcdesk.domain.report.UnitFigures;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.DocumentTexts;
import vn.cchcdesk.report.Labels;
import vn.cchcdesk.report.PeriodTexts;
import vn.cchcdesk.report.xlsx.OfficialBlocks;

/**
 * The body of the written report in the outline of DOMAIN.md §8 — I. chỉ đạo, điều hành;
 * II. kết quả by form; III. đánh giá; IV. phương hướng; V. đề xuất — with the period's figures
 * and highlights written in. Only what the data shows is asserted; the clerk edits the draft.
 */
final class QuarterlyNarrative {

    /** Documents issued in the period named one by one in section I; more are counted (all are in Biểu 4). */
    static final int DOCUMENTS_NAMED = 10;

    /** Overdue tasks named one by one in section IV; more are counted. */
    static final int TASKS_NAMED = 10;

    private final QuarterlyReport report;
    private final List<Block> blocks = new ArrayList<>();

    private QuarterlyNarrative(QuarterlyReport report) {
        this.report = report;
    }

    static List<Block> of(QuarterlyReport report) {
        QuarterlyNarrative n = new QuarterlyNarrative(report);
        n.intro();
        n.direction();
        n.results();
        n.assessment();
        n.outlook();
        n.proposals();
        n.blocks.add(Block.paragraph(Messages.get("reports.docx.closing", n.period(), report.commune().communeName())));
        return List.copyOf(n.blocks);
    }

    private static String n(long value) {
        return Formats.integer(value);
    }

    private String period() {
        return PeriodTexts.name(report.windows().period());
    }

    private void intro() {
        String commune = report.commune().communeName();
        if (report.yearPlans().isEmpty()) {
            blocks.add(Block.paragraph(Messages.get("reports.docx.intro.none", commune, period())));
        } else {
            List<String> plans = report.yearPlans().stream().map(DocumentTexts::cite).toList();
            blocks.add(Block.paragraph(Messages.get("reports.docx.intro.plans", String.join("; ", plans), commune, period())));
        }
    }

    private void direction() {
        blocks.add(Block.heading(Messages.get("reports.docx.I")));
        DirectiveFigures d = report.summary().directives();
        String sentence = Messages.get("reports.docx.direction", n(d.received().current()), n(d.plansIssued().current()),
                n(d.othersIssued().current()));
        // what the commune directed with; its own reports are not direction (as in Biểu 1)
        List<DocumentLine> issued = report.issued().stream().filter(line -> line.ref().type() != DocumentType.BAO_CAO).toList();
        blocks.add(Block.paragraph(sentence + (issued.isEmpty() ? "." : Messages.get("reports.docx.direction.list"))));
        int named = Math.min(DOCUMENTS_NAMED, issued.size());
        for (int i = 0; i < named; i++) {
            boolean last = i == named - 1 && named == issued.size();
            blocks.add(Block.item(DocumentTexts.citeOwn(issued.get(i).ref()) + (last ? "." : ";")));
        }
        if (named < issued.size()) {
            blocks.add(Block.item(Messages.get("reports.docx.direction.more", n(issued.size() - named))));
        }
        TaskFigures t = report.summary().tasks();
        if (t.total().current() == 0) {
            blocks.add(Block.paragraph(Messages.get("reports.docx.tasks.none")));
        } else {
            long rate = Math.round(100.0 * t.done().current() / t.total().current());
            blocks.add(Block.paragraph(Messages.get("reports.docx.tasks", n(t.total().current()), n(t.done().current()), rate,
                    n(t.inProgress().current()), n(t.overdue().current()))));
        }
    }

    private void results() {
        blocks.add(Block.heading(Messages.get("reports.docx.II")));
        blocks.add(Block.paragraph(Messages.get("reports.docx.II.intro")));
        long participants = 0;
        long minutes = 0;
        for (FormGroup group : FormGroup.values()) {
            blocks.add(Block.subheading(Labels.of("reports.docx.group", group)));
            List<String> nothing = new ArrayList<>();
            for (FormFigures form : report.summary().forms(group)) {
                participants += form.participants().current();
                minutes += form.minutes().current();
                if (form.quantity().current() == 0) {
                    nothing.add(form.name());
                    continue;
                }
                String plan = form.planShare().isPresent()
                        ? Messages.get("reports.docx.form.plan", Math.round(form.planShare().getAsDouble() * 100)) : "";
                blocks.add(Block.item(Messages.get("reports.docx.form", form.name(), n(form.quantity().current()), form.measureUnit(),
                        n(form.quantity().yearToDate()), plan, n(form.quantity().lastYear()))));
            }
            if (group == FormGroup.ONLINE && report.summary().websiteVisits().current() > 0) {
                blocks.add(Block.item(Messages.get("reports.docx.visits", n(report.summary().websiteVisits().current()),
                        n(report.summary().websiteVisits().yearToDate()))));
            }
            if (group == FormGroup.TRADITIONAL && (participants > 0 || minutes > 0)) {
                blocks.add(Block.item(Messages.get("reports.docx.participants", n(participants), n(minutes))));
            }
            if (!nothing.isEmpty()) {
                blocks.add(Block.item(Messages.get("reports.docx.form.nothing", String.join("; ", nothing))));
            }
        }
        if (!report.highlights().isEmpty()) {
            blocks.add(Block.subheading(Messages.get("reports.docx.highlights")));
            for (ActivityLine a : report.highlights()) {
                String people = a.participants() == null ? "" : Messages.get("reports.docx.highlight.people", n(a.participants()));
                blocks.add(Block.item(Messages.get("reports.docx.highlight", a.title(), a.unit(), Formats.date(a.date()), people)));
            }
        }
        long active = report.units().stream().filter(u -> u.activities() > 0).count();
        long submitted = report.units().stream().filter(u -> u.submittedOn() != null).count();
        blocks.add(Block.subheading(Messages.get(report.highlights().isEmpty() ? "reports.docx.units3" : "reports.docx.units4")));
        blocks.add(Block.paragraph(Messages.get("reports.docx.units.text", n(active), n(report.units().size()), n(submitted))));
    }

    private void assessment() {
        blocks.add(Block.heading(Messages.get("reports.docx.III")));
        blocks.add(Block.subheading(Messages.get("reports.docx.III.good")));
        List<FormFigures> used = report.summary().forms().stream().filter(f -> f.quantity().current() > 0).toList();
        long online = used.stream().filter(f -> f.group() == FormGroup.ONLINE).count();
        String good = Messages.get("reports.docx.good", n(used.size()), n(online), n(used.size() - online), n(report.activityCount()));
        List<FormFigures> planned = report.summary().forms().stream().filter(f -> f.annualPlan() != null).toList();
        if (!planned.isEmpty()) {
            long met = planned.stream().filter(f -> f.quantity().yearToDate() >= f.annualPlan()).count();
            good += " " + Messages.get("reports.docx.good.targets", n(met), n(planned.size()));
        }
        blocks.add(Block.paragraph(good));

        blocks.add(Block.subheading(Messages.get("reports.docx.III.weak")));
        int before = blocks.size();
        long overdue = report.summary().tasks().overdue().current();
        if (overdue > 0) {
            blocks.add(Block.item(Messages.get("reports.docx.weak.overdue", n(overdue))));
        }
        List<String> behind = new ArrayList<>();
        double elapsed = report.windows().lastMonth() / 12.0;
        for (FormFigures f : planned) {
            if (f.quantity().yearToDate() < f.annualPlan() * elapsed) {
                behind.add(Messages.get("reports.docx.weak.behindItem", f.name(), n(f.quantity().yearToDate()), n(f.annualPlan()),
                        f.measureUnit()));
            }
        }
        if (!behind.isEmpty()) {
            blocks.add(Block.item(Messages.get("reports.docx.weak.behind", String.join("; ", behind))));
        }
        List<String> idle = report.units().stream().filter(u -> u.activities() == 0).map(UnitFigures::name).toList();
        if (!idle.isEmpty()) {
            blocks.add(Block.item(Messages.get("reports.docx.weak.idle", String.join(", ", idle))));
        }
        long notSubmitted = report.units().stream().filter(u -> u.submittedOn() == null).count();
        if (notSubmitted > 0) {
            blocks.add(Block.item(Messages.get("reports.docx.weak.notSubmitted", n(notSubmitted))));
        }
        if (blocks.size() == before) {
            blocks.add(Block.paragraph(Messages.get("reports.docx.weak.none")));
        }
    }

    private void outlook() {
        blocks.add(Block.heading(Messages.get("reports.docx.IV", OfficialBlocks.upper(PeriodTexts.next(report.windows().period())))));
        if (report.yearPlans().isEmpty()) {
            blocks.add(Block.item(Messages.get("reports.docx.next.noPlan")));
        } else {
            List<String> plans = report.yearPlans().stream().map(DocumentTexts::numberAndDate).toList();
            blocks.add(Block.item(Messages.get("reports.docx.next.plans", DocumentTexts.join(plans))));
        }
        List<TaskLine> overdue = report.tasks().stream().filter(t -> t.state() == TaskState.OVERDUE).toList();
        if (!overdue.isEmpty()) {
            blocks.add(Block.item(Messages.get("reports.docx.next.overdue", n(overdue.size()))));
            List<TaskLine> named = overdue.subList(0, Math.min(TASKS_NAMED, overdue.size()));
            for (int i = 0; i < named.size(); i++) {
                TaskLine task = named.get(i);
                boolean last = i == named.size() - 1 && named.size() == overdue.size();
                blocks.add(new Block(Block.Kind.ITEM, overdueTask(task) + (last ? "." : ";")));
            }
            if (named.size() < overdue.size()) {
                blocks.add(new Block(Block.Kind.ITEM, Messages.get("reports.docx.next.moreTasks", n(overdue.size() - named.size()))));
            }
        }
        List<String> remaining = new ArrayList<>();
        for (FormFigures f : report.summary().forms()) {
            if (f.annualPlan() != null && f.quantity().yearToDate() < f.annualPlan()) {
                remaining.add(Messages.get("reports.docx.next.targetItem", f.name(), n(f.annualPlan() - f.quantity().yearToDate()),
                        f.measureUnit()));
            }
        }
        if (!remaining.isEmpty()) {
            blocks.add(Block.item(Messages.get("reports.docx.next.targets", String.join("; ", remaining))));
        }
        blocks.add(Block.item(Messages.get("reports.docx.next.units")));
    }

    /** "+ task (leads; hạn 30/05/2026)", or its time frame as written when it has no day. */
    private static String overdueTask(TaskLine task) {
        String leads = String.join(", ", task.leads());
        if (task.dueDate() != null) {
            return Messages.get("reports.docx.next.task", task.text(), leads, Formats.date(task.dueDate()));
        }
        if (task.timeframeText() != null) {
            return Messages.get("reports.docx.next.taskFrame", task.text(), leads, DocumentTexts.inSentence(task.timeframeText()));
        }
        return Messages.get("reports.docx.next.taskNoFrame", task.text(), leads);
    }

    private void proposals() {
        blocks.add(Block.heading(Messages.get("reports.docx.V")));
        blocks.add(Block.paragraph(Messages.get("reports.docx.proposal")));
    }
}
