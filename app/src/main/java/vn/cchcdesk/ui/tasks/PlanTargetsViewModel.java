package vn.cchcdesk.ui.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.plan.PlanTarget;
import vn.cchcdesk.domain.plan.TargetPeriod;
import vn.cchcdesk.domain.plan.TargetProgress;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.plan.PlanTargetService;
import vn.cchcdesk.ui.common.FieldErrors;
import vn.cchcdesk.ui.common.UiContext;

/**
 * A plan's targets with their progress today: suggested from the plan's text or entered by hand,
 * accepted, changed, removed.
 */
public final class PlanTargetsViewModel {

    private final PlanTargetService targets;
    private final CatalogService catalog;
    private final UiContext ui;
    private final ObservableList<DocumentRef> plans = FXCollections.observableArrayList();
    private final ObservableList<PublicityForm> forms = FXCollections.observableArrayList();
    private final ObservableList<TargetLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentRef> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<TargetLine> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PublicityForm> form = new SimpleObjectProperty<>();
    private final StringProperty quantity = new SimpleStringProperty("");
    private final ObjectProperty<TargetPeriod> per = new SimpleObjectProperty<>(TargetPeriod.MONTH);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FieldErrors errors = new FieldErrors();

    /** A target with its form and its progress. */
    public record TargetLine(TargetProgress progress, PublicityForm form) {

        public PlanTarget target() {
            return progress.target();
        }
    }

    private record Loaded(List<DocumentRef> plans, List<PublicityForm> forms) {
    }

    private record TargetsLoaded(List<TargetProgress> progress, List<PublicityForm> forms) {
    }

    public PlanTargetsViewModel(PlanTargetService targets, CatalogService catalog, UiContext ui) {
        this.targets = targets;
        this.catalog = catalog;
        this.ui = ui;
        plan.addListener((obs, old, now) -> {
            startNew();
            loadTargets();
        });
        selected.addListener((obs, old, line) -> fill(line));
    }

    public void load() {
        ui.runner().task(p -> new Loaded(targets.plans(), catalog.forms()))
                .onSuccess(loaded -> {
                    forms.setAll(loaded.forms().stream().filter(PublicityForm::active).toList());
                    DocumentRef keep = plan.get();
                    plans.setAll(loaded.plans());
                    DocumentRef again = keep == null ? null : loaded.plans().stream().filter(p -> p.id() == keep.id()).findFirst().orElse(null);
                    if (again == null && !loaded.plans().isEmpty()) {
                        again = loaded.plans().get(0);
                    }
                    if (Objects.equals(again, plan.get())) {
                        loadTargets();
                    } else {
                        plan.set(again);
                    }
                })
                .start();
    }

    private void loadTargets() {
        DocumentRef p = plan.get();
        if (p == null) {
            lines.clear();
            return;
        }
        LocalDate today = LocalDate.now(ui.clock());
        ui.runner().task(w -> new TargetsLoaded(targets.progress(p.id(), today), catalog.forms()))
                .onSuccess(result -> {
                    List<TargetLine> list = new ArrayList<>();
                    for (TargetProgress tp : result.progress()) {
                        result.forms().stream().filter(f -> f.id().equals(tp.target().formId())).findFirst()
                                .ifPresent(f -> list.add(new TargetLine(tp, f)));
                    }
                    Long keep = selected.get() == null ? null : selected.get().target().id();
                    lines.setAll(list);
                    selected.set(list.stream().filter(l -> l.target().id().equals(keep)).findFirst().orElse(null));
                })
                .start();
    }

    /** Reads the plan's text for targets; says how many were found. */
    public void suggest() {
        DocumentRef p = plan.get();
        if (p == null) {
            return;
        }
        busy.set(true);
        ui.runner().task(w -> targets.suggest(p.id()))
                .onSuccess(added -> {
                    ui.say(added == 0 ? Messages.get("tasks.target.noneFound") : Messages.get("tasks.target.suggested", added));
                    loadTargets();
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    public void accept(TargetLine line) {
        busy.set(true);
        ui.runner().task(w -> targets.accept(line.target().id()))
                .onSuccess(t -> {
                    ui.say(Messages.get("tasks.target.accepted"));
                    loadTargets();
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    public void delete(TargetLine line) {
        busy.set(true);
        ui.runner().task(w -> {
                    targets.delete(line.target().id());
                    return line;
                })
                .onSuccess(t -> {
                    startNew();
                    ui.say(Messages.get("common.deleted"));
                    loadTargets();
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    public void startNew() {
        selected.set(null);
        fill(null);
    }

    private void fill(TargetLine line) {
        errors.clear();
        form.set(line == null ? null : line.form());
        quantity.set(line == null ? "" : String.valueOf(line.target().quantity()));
        per.set(line == null ? TargetPeriod.MONTH : line.target().per());
    }

    /** Saves the form as a new target of the plan or as the selected one (which then counts as accepted). */
    public void save() {
        DocumentRef p = plan.get();
        if (p == null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        if (form.get() == null) {
            problems.add(Problem.of("form", "validation.required"));
        }
        int amount = 0;
        try {
            amount = Integer.parseInt(quantity.get() == null ? "" : quantity.get().trim());
            if (amount <= 0) {
                problems.add(Problem.of("quantity", "validation.positive"));
            }
        } catch (NumberFormatException e) {
            problems.add(Problem.of("quantity", "validation.integer"));
        }
        if (errors.show(problems)) {
            return;
        }
        TargetLine line = selected.get();
        int year = line != null ? line.target().year() : p.issueDate().year() != null ? p.issueDate().year() : LocalDate.now(ui.clock()).getYear();
        PlanTarget target = new PlanTarget(line == null ? null : line.target().id(), p.id(), form.get().id(), amount, per.get(), year,
                line == null ? null : line.target().sourceText(), false);
        busy.set(true);
        ui.runner().task(w -> targets.save(target))
                .onSuccess(saved -> {
                    ui.say(Messages.get("common.saved"));
                    selected.set(null);
                    fill(null);
                    loadTargets();
                })
                .onFailure(error -> {
                    if (!errors.showIfValidation(error)) {
                        ui.runner().report(error);
                    }
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    public ObservableList<DocumentRef> plans() {
        return plans;
    }

    public ObservableList<PublicityForm> forms() {
        return forms;
    }

    public ObservableList<TargetLine> lines() {
        return lines;
    }

    public ObjectProperty<DocumentRef> planProperty() {
        return plan;
    }

    public ObjectProperty<TargetLine> selectedProperty() {
        return selected;
    }

    public ObjectProperty<PublicityForm> formProperty() {
        return form;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObjectProperty<TargetPeriod> perProperty() {
        return per;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public FieldErrors errors() {
        return errors;
    }
}
