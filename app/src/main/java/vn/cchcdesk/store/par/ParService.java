package vn.cchcdesk.store.par;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.par.EvidenceFile;
import vn.cchcdesk.domain.par.EvidenceItem;
import vn.cchcdesk.domain.par.EvidenceKind;
import vn.cchcdesk.domain.par.EvidencePack;
import vn.cchcdesk.domain.par.ParAssessment;
import vn.cchcdesk.domain.par.ParCriterion;
import vn.cchcdesk.domain.par.ParFacts;
import vn.cchcdesk.domain.par.ParRules;
import vn.cchcdesk.domain.par.RuleKind;
import vn.cchcdesk.domain.par.TargetOutcome;
import vn.cchcdesk.domain.plan.PeriodProgress;
import vn.cchcdesk.domain.plan.TargetProgress;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.attachment.AttachmentStore;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.store.catalog.PublicityFormRepository;
import vn.cchcdesk.store.plan.PlanTargetService;
import vn.cchcdesk.store.settings.SettingsService;

/**
 * The PAR self-assessment of the publicity criterion: the guide's criteria (edited as data, each
 * change one transaction with its audit line), a year's score computed from the plan targets and
 * the activities, and the evidence file's contents.
 */
public final class ParService {

    private static final String ENTITY = "par_criterion";

    private final DSLContext dsl;
    private final ParCriterionRepository criteria;
    private final EvidenceQueries queries;
    private final PlanTargetService targets;
    private final PublicityFormRepository forms;
    private final AttachmentStore attachments;
    private final SettingsService settings;
    private final AuditLog audit;
    private final Clock clock;

    public ParService(DSLContext dsl, ParCriterionRepository criteria, PlanTargetService targets, PublicityFormRepository forms,
                      AttachmentStore attachments, SettingsService settings, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.criteria = criteria;
        this.queries = new EvidenceQueries(dsl);
        this.targets = targets;
        this.forms = forms;
        this.attachments = attachments;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ParCriterion> criteria() {
        return criteria.findAll();
    }

    public ParCriterion save(ParCriterion c) {
        List<Problem> problems = new ArrayList<>(c.validate());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return dsl.transactionResult(() -> {
            if (criteria.codeTaken(c.code(), c.id())) {
                throw new ValidationException(List.of(Problem.of("code", "par.criterion.codeTaken", c.code())));
            }
            if (c.id() == null) {
                ParCriterion saved = c.withId(criteria.insert(c));
                audit.record(ENTITY, saved.id(), AuditLog.Action.CREATE, null, saved);
                return saved;
            }
            ParCriterion before = criteria.find(c.id()).orElseThrow(() -> new AppException("par.criterion.notFound"));
            criteria.update(c);
            audit.record(ENTITY, c.id(), AuditLog.Action.UPDATE, before, c);
            return c;
        });
    }

    public void delete(long id) {
        dsl.transaction(() -> {
            ParCriterion before = criteria.find(id).orElseThrow(() -> new AppException("par.criterion.notFound"));
            criteria.delete(id);
            audit.record(ENTITY, id, AuditLog.Action.DELETE, before, null);
        });
    }

    /** The year's figures: each live plan target's outcome over the whole year, and each channel's activities. */
    public ParFacts facts(int year) {
        Map<Long, PublicityForm> byId = forms.findAll().stream().collect(Collectors.toMap(PublicityForm::id, Function.identity()));
        List<TargetOutcome> outcomes = new ArrayList<>();
        for (TargetProgress p : targets.progressOfYear(year, LocalDate.now(clock))) {
            PublicityForm form = byId.get(p.target().formId());
            String label = (form == null ? "?" : form.name()) + ": " + Formats.integer(p.target().quantity()) + "/"
                    + Messages.get("tasks.targetPer" + "." + p.target().per().name());
            int periodsMet = (int) p.periods().stream().filter(PeriodProgress::met).count();
            boolean open = !p.metForYear() && p.periods().stream().noneMatch(PeriodProgress::missed);
            outcomes.add(new TargetOutcome(p.target().id(), p.target().planDocumentId(), label, p.target().perYear(),
                    p.doneInYear(), p.metForYear(), p.periods().size(), periodsMet, open, TargetShortfall.describe(p)));
        }
        return new ParFacts(year, outcomes, queries.channelUse(year));
    }

    public ParAssessment assess(int year) {
        return ParRules.assess(criteria.findAll(), facts(year));
    }

    /**
     * What the evidence file holds: the plans and reports under each plan-fulfilment criterion,
     * and the activities with files under the criterion of their channel. Files are located in
     * the data folder here; a missing one is kept with no source, for the index to say so.
     */
    public EvidencePack evidence(int year) {
        List<ParCriterion> all = criteria.findAll();
        ParAssessment assessment = ParRules.assess(all, facts(year));
        List<String> planCodes = all.stream().filter(c -> c.rule() == RuleKind.PLAN_FULFILMENT).map(ParCriterion::code).toList();
        List<EvidenceItem> items = new ArrayList<>();
        for (String code : planCodes.isEmpty() ? java.util.Collections.<String>singletonList(null) : planCodes) {
            queries.plans(year).forEach(d -> items.add(document(code, EvidenceKind.PLAN, d)));
            queries.reports(year).forEach(d -> items.add(document(code, EvidenceKind.REPORT, d)));
        }
        for (EvidenceQueries.ActivityRow a : queries.activitiesWithFiles(year)) {
            List<String> codes = all.stream().filter(c -> c.rule() == RuleKind.CHANNEL_USED && c.channel() == a.channel())
                    .map(ParCriterion::code).toList();
            for (String code : codes.isEmpty() ? java.util.Collections.<String>singletonList(null) : codes) {
                items.add(new EvidenceItem(code, EvidenceKind.ACTIVITY, a.title(), a.date(),
                        a.unit() + " · " + a.form() + " · " + Formats.integer(a.quantity()), files(a.files())));
            }
        }
        String commune = settings.communeOrBlank().communeName();
        return new EvidencePack(assessment, commune == null ? "" : commune, items);
    }

    private EvidenceItem document(String code, EvidenceKind kind, EvidenceQueries.DocumentRow d) {
        String title = d.ref().label() + (d.ref().summary() == null || d.ref().summary().isEmpty() ? "" : " — " + d.ref().summary());
        return new EvidenceItem(code, kind, title, d.ref().issueDate().toLocalDate().orElse(null),
                d.ref().issuer() == null ? "" : d.ref().issuer(), files(d.files()));
    }

    private List<EvidenceFile> files(List<EvidenceQueries.FileRow> rows) {
        List<EvidenceFile> files = new ArrayList<>();
        for (EvidenceQueries.FileRow f : rows) {
            java.nio.file.Path source;
            try {
                source = attachments.storedFile(f.attachmentId());
            } catch (AppException missing) {
                source = null;
            }
            files.add(new EvidenceFile(f.name(), source));
        }
        return files;
    }
}
