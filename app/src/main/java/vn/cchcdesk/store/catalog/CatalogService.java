package vn.cchcdesk.store.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.store.audit.AuditLog;

/** Edits of the catalogues (units, issuing bodies, publicity forms), each one transaction with its audit line. */
public final class CatalogService {

    private final DSLContext dsl;
    private final UnitRepository units;
    private final ExternalBodyRepository bodies;
    private final PublicityFormRepository forms;
    private final AuditLog audit;

    public CatalogService(DSLContext dsl, UnitRepository units, ExternalBodyRepository bodies,
                          PublicityFormRepository forms, AuditLog audit) {
        this.dsl = dsl;
        this.units = units;
        this.bodies = bodies;
        this.forms = forms;
        this.audit = audit;
    }

    public List<Unit> units() {
        return units.findAll();
    }

    public List<ExternalBody> bodies() {
        return bodies.findAll();
    }

    public List<PublicityForm> forms() {
        return forms.findAll();
    }

    public Unit saveUnit(Unit unit) {
        List<Problem> problems = new ArrayList<>(unit.validate());
        return dsl.transactionResult(() -> {
            if (problems.isEmpty() && units.nameTaken(unit.name(), unit.id())) {
                problems.add(Problem.of("name", "validation.duplicateName", unit.name()));
            }
            throwIfAny(problems);
            if (unit.id() == null) {
                Unit saved = units.insert(unit);
                audit.record("unit", saved.id(), AuditLog.Action.CREATE, null, saved);
                return saved;
            }
            Unit before = units.findById(unit.id()).orElseThrow(() -> new AppException("catalog.notFound"));
            units.update(unit);
            audit.record("unit", unit.id(), AuditLog.Action.UPDATE, before, unit);
            return unit;
        });
    }

    /** Deletes a unit nothing refers to; a unit with tasks or activities must be made inactive instead. */
    public void deleteUnit(long id) {
        inUseGuard(() -> dsl.transactionResult(() -> {
            Unit before = units.findById(id).orElseThrow(() -> new AppException("catalog.notFound"));
            units.delete(id);
            audit.record("unit", id, AuditLog.Action.DELETE, before, null);
            return null;
        }));
    }

    public ExternalBody saveBody(ExternalBody body) {
        List<Problem> problems = new ArrayList<>(body.validate());
        return dsl.transactionResult(() -> {
            if (problems.isEmpty() && bodies.nameTaken(body.name(), body.id())) {
                problems.add(Problem.of("name", "validation.duplicateName", body.name()));
            }
            throwIfAny(problems);
            if (body.id() == null) {
                ExternalBody saved = bodies.insert(body);
                audit.record("external_body", saved.id(), AuditLog.Action.CREATE, null, saved);
                return saved;
            }
            ExternalBody before = bodies.findById(body.id()).orElseThrow(() -> new AppException("catalog.notFound"));
            bodies.update(body);
            audit.record("external_body", body.id(), AuditLog.Action.UPDATE, before, body);
            return body;
        });
    }

    public void deleteBody(long id) {
        inUseGuard(() -> dsl.transactionResult(() -> {
            ExternalBody before = bodies.findById(id).orElseThrow(() -> new AppException("catalog.notFound"));
            bodies.delete(id);
            audit.record("external_body", id, AuditLog.Action.DELETE, before, null);
            return null;
        }));
    }

    public PublicityForm saveForm(PublicityForm form) {
        List<Problem> problems = new ArrayList<>(form.validate());
        return dsl.transactionResult(() -> {
            if (problems.isEmpty() && forms.codeTaken(form.code(), form.id())) {
                problems.add(Problem.of("code", "validation.duplicateCode", form.code()));
            }
            if (problems.isEmpty() && forms.nameTaken(form.name(), form.id())) {
                problems.add(Problem.of("name", "validation.duplicateName", form.name()));
            }
            throwIfAny(problems);
            if (form.id() == null) {
                PublicityForm saved = forms.insert(form);
                audit.record("publicity_form", saved.id(), AuditLog.Action.CREATE, null, saved);
                return saved;
            }
            PublicityForm before = forms.findById(form.id()).orElseThrow(() -> new AppException("catalog.notFound"));
            forms.update(form);
            audit.record("publicity_form", form.id(), AuditLog.Action.UPDATE, before, form);
            return form;
        });
    }

    public void deleteForm(long id) {
        inUseGuard(() -> dsl.transactionResult(() -> {
            PublicityForm before = forms.findById(id).orElseThrow(() -> new AppException("catalog.notFound"));
            forms.delete(id);
            audit.record("publicity_form", id, AuditLog.Action.DELETE, before, null);
            return null;
        }));
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** A row other records point to cannot go: the database's foreign keys say so, we say it in Vietnamese. */
    private static <T> T inUseGuard(Supplier<T> deletion) {
        try {
            return deletion.get();
        } catch (IntegrityConstraintViolationException e) {
            throw new AppException(e, "catalog.inUse");
        }
    }
}
