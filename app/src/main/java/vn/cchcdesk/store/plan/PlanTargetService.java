package vn.cchcdesk.store.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.plan.PlanTarget;
import vn.cchcdesk.domain.plan.TargetProgress;
import vn.cchcdesk.domain.plan.TargetSuggester;
import vn.cchcdesk.domain.plan.TargetSuggestion;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.store.catalog.PublicityFormRepository;

/**
 * A plan's targets per publicity form: entered by hand or suggested from the plan's text (kept
 * marked "suggested" until the clerk accepts them), and their progress against the activities
 * logged. Each change is one transaction with its audit line.
 */
public final class PlanTargetService {

    private final DSLContext dsl;
    private final PlanTargetRepository targets;
    private final PublicityFormRepository forms;
    private final AuditLog audit;
    private final Clock clock;

    public PlanTargetService(DSLContext dsl, PlanTargetRepository targets, PublicityFormRepository forms, AuditLog audit,
                             Clock clock) {
        this.dsl = dsl;
        this.targets = targets;
        this.forms = forms;
        this.audit = audit;
        this.clock = clock;
    }

    public List<DocumentRef> plans() {
        return targets.plans();
    }

    public List<PlanTarget> ofPlan(long planDocumentId) {
        return targets.ofPlan(planDocumentId);
    }

    /** The year a plan's targets count in: its issue year, else this year. */
    public int yearOf(long planDocumentId) {
        return targets.planText(planDocumentId).map(PlanTargetRepository.PlanText::year)
                .orElseGet(() -> LocalDate.now(clock).getYear());
    }

    /** Each target of a plan with its progress on the given day. */
    public List<TargetProgress> progress(long planDocumentId, LocalDate today) {
        return evaluate(targets.ofPlan(planDocumentId), today);
    }

    /** Every target of a year's live plans with its progress: for reports and the PAR self-assessment. */
    public List<TargetProgress> progressOfYear(int year, LocalDate today) {
        return evaluate(targets.ofYear(year), today);
    }

    private List<TargetProgress> evaluate(List<PlanTarget> list, LocalDate today) {
        Map<String, Map<Integer, Integer>> done = new HashMap<>();
        List<TargetProgress> result = new ArrayList<>();
        for (PlanTarget target : list) {
            Map<Integer, Integer> monthly = done.computeIfAbsent(target.formId() + "/" + target.year(),
                    key -> targets.monthlyDone(target.formId(), target.year()));
            result.add(TargetProgress.evaluate(target, monthly, today));
        }
        return result;
    }

    public PlanTarget save(PlanTarget target) {
        List<Problem> problems = new ArrayList<>(target.validate());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return dsl.transactionResult(() -> {
            if (targets.exists(target.planDocumentId(), target.formId(), target.per(), target.id())) {
                throw new ValidationException(List.of(Problem.of("form", "tasks.target.duplicate")));
            }
            if (target.id() == null) {
                PlanTarget saved = target.withId(targets.insert(target));
                audit.record("plan_target", saved.id(), AuditLog.Action.CREATE, null, saved);
                return saved;
            }
            PlanTarget before = targets.find(target.id()).orElseThrow(() -> new AppException("tasks.target.notFound"));
            targets.update(target);
            audit.record("plan_target", target.id(), AuditLog.Action.UPDATE, before, target);
            return target;
        });
    }

    /** The clerk agrees with a suggested target: it counts from now on like one entered by hand. */
    public PlanTarget accept(long id) {
        return dsl.transactionResult(() -> {
            PlanTarget before = targets.find(id).orElseThrow(() -> new AppException("tasks.target.notFound"));
            PlanTarget after = before.accepted();
            targets.update(after);
            audit.record("plan_target", id, AuditLog.Action.UPDATE, before, after);
            return after;
        });
    }

    public void delete(long id) {
        dsl.transaction(() -> {
            PlanTarget before = targets.find(id).orElseThrow(() -> new AppException("tasks.target.notFound"));
            targets.delete(id);
            audit.record("plan_target", id, AuditLog.Action.DELETE, before, null);
        });
    }

    /**
     * Reads the plan's text for targets and adds those it does not have yet (same form and
     * period), marked suggested. Returns how many were added.
     */
    public int suggest(long planDocumentId) {
        PlanTargetRepository.PlanText plan = targets.planText(planDocumentId)
                .orElseThrow(() -> new AppException("documents.notFound"));
        if (plan.fullText() == null || plan.fullText().isBlank()) {
            throw new AppException("tasks.target.noText");
        }
        int year = plan.year() != null ? plan.year() : LocalDate.now(clock).getYear();
        List<TargetSuggestion> found = TargetSuggester.suggest(plan.fullText(), forms.findAll());
        return dsl.transactionResult(() -> {
            int added = 0;
            for (TargetSuggestion s : found) {
                if (!targets.exists(planDocumentId, s.formId(), s.per(), null)) {
                    PlanTarget target = new PlanTarget(null, planDocumentId, s.formId(), s.quantity(), s.per(), year,
                            s.sourceText(), true);
                    PlanTarget saved = target.withId(targets.insert(target));
                    audit.record("plan_target", saved.id(), AuditLog.Action.CREATE, null, saved);
                    added++;
                }
            }
            return added;
        });
    }
}
