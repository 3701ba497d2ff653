package vn.cchcdesk.ui.par;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.par.ParCriterion;
import vn.cchcdesk.domain.par.RuleKind;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.par.ParService;
import vn.cchcdesk.ui.common.FieldErrors;
import vn.cchcdesk.ui.common.UiContext;

/**
 * The guide's criteria as an editable table (another province scores differently): pick a row to
 * edit it, or start a new one; each save is validated beside its fields and recomputes the score.
 */
public final class CriteriaViewModel {

    private final ParService par;
    private final UiContext ui;
    private final Runnable changed;
    private final ObservableList<ParCriterion> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ParCriterion> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty maxPoints = new SimpleStringProperty("");
    private final ObjectProperty<RuleKind> rule = new SimpleObjectProperty<>(RuleKind.CHANNEL_USED);
    private final ObjectProperty<ParChannel> channel = new SimpleObjectProperty<>();
    private final StringProperty threshold = new SimpleStringProperty("");
    private final StringProperty sortOrder = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();

    /** @param changed runs after a save or delete (the score is recomputed) */
    public CriteriaViewModel(ParService par, UiContext ui, Runnable changed) {
        this.par = par;
        this.ui = ui;
        this.changed = changed;
        selected.addListener((o, was, is) -> edit(is));
        rule.addListener((o, was, is) -> {
            // the other rule's field means nothing now: clear it rather than let it fail validation
            if (is == RuleKind.PLAN_FULFILMENT) {
                channel.set(null);
            } else {
                threshold.set("");
            }
        });
    }

    public void load() {
        Long keep = selected.get() == null ? null : selected.get().id();
        ui.runner().task(p -> par.criteria()).onSuccess(list -> {
            rows.setAll(list);
            selected.set(list.stream().filter(c -> c.id().equals(keep)).findFirst().orElse(null));
        }).start();
    }

    private void edit(ParCriterion c) {
        errors.clear();
        if (c == null) {
            code.set("");
            title.set("");
            maxPoints.set("");
            rule.set(RuleKind.CHANNEL_USED);
            channel.set(null);
            threshold.set("");
            sortOrder.set(String.valueOf(rows.stream().mapToInt(ParCriterion::sortOrder).max().orElse(0) + 10));
            return;
        }
        code.set(c.code());
        title.set(c.title());
        maxPoints.set(ParViewModel.points(c.maxPoints()));
        rule.set(c.rule());
        channel.set(c.channel());
        threshold.set(c.thresholdPercent() == null ? "" : ParViewModel.points(c.thresholdPercent()));
        sortOrder.set(String.valueOf(c.sortOrder()));
    }

    /** Starts a new row. */
    public void startNew() {
        selected.set(null);
        edit(null);
    }

    public void save() {
        List<Problem> problems = new ArrayList<>();
        BigDecimal points = decimal(maxPoints.get(), "maxPoints", problems);
        BigDecimal percent = threshold.get() == null || threshold.get().isBlank() ? null : decimal(threshold.get(), "threshold", problems);
        int order = 0;
        try {
            order = Integer.parseInt(sortOrder.get().strip());
        } catch (RuntimeException e) {
            problems.add(Problem.of("sortOrder", "par.criterion.badOrder"));
        }
        Long id = selected.get() == null ? null : selected.get().id();
        ParCriterion c = new ParCriterion(id, code.get(), title.get(), points, rule.get(), channel.get(), percent, order);
        c.validate().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field()))).forEach(problems::add);
        if (errors.show(problems)) {
            return;
        }
        ui.runner().task(p -> par.save(c)).onSuccess(saved -> {
            ui.say(Messages.get("par.criterion.saved", saved.code()));
            rows.removeIf(r -> r.id().equals(saved.id()));
            rows.add(saved);
            rows.sort(java.util.Comparator.comparingInt(ParCriterion::sortOrder).thenComparing(ParCriterion::code));
            selected.set(saved);
            changed.run();
        }).onFailure(error -> {
            if (!errors.showIfValidation(error)) {
                ui.runner().report(error);
            }
        }).start();
    }

    public void delete() {
        ParCriterion c = selected.get();
        if (c == null) {
            return;
        }
        ui.runner().task(p -> {
            par.delete(c.id());
            return c;
        }).onSuccess(gone -> {
            rows.remove(gone);
            selected.set(null);
            ui.say(Messages.get("par.criterion.deleted", gone.code()));
            changed.run();
        }).start();
    }

    /** "0,25" or "0.25": the clerk types the comma of Vietnamese numbers, or the dot of a copied table. */
    private static BigDecimal decimal(String text, String field, List<Problem> problems) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "par.criterion.badNumber"));
            return null;
        }
    }

    public ObservableList<ParCriterion> rows() {
        return rows;
    }

    public ObjectProperty<ParCriterion> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty maxPointsProperty() {
        return maxPoints;
    }

    public ObjectProperty<RuleKind> ruleProperty() {
        return rule;
    }

    public ObjectProperty<ParChannel> channelProperty() {
        return channel;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty sortOrderProperty() {
        return sortOrder;
    }

    public FieldErrors errors() {
        return errors;
    }
}
