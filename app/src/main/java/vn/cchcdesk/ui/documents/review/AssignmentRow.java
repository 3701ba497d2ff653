package vn.cchcdesk.ui.documents.review;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.intake.UnitMatcher;

/**
 * One unit's part in one task, as read ("Phòng VH-XH" leads) and as the clerk corrects it: the
 * catalogue unit it was matched to (or another picked, or none: kept as written), its role, and
 * whether it is saved at all. The task itself is a {@link TaskDraft} shared with the task's other units.
 */
public final class AssignmentRow {

    private final TaskDraft task;
    private final String written;
    private final Unit matched;
    private final double confidence;
    private final BooleanProperty included = new SimpleBooleanProperty(true);
    private final ObjectProperty<Unit> unit;
    private final ObjectProperty<AssignmentRole> role;
    private final StringBinding matchText;

    AssignmentRow(TaskDraft task, String written, AssignmentRole role, Optional<UnitMatcher.UnitMatch> match) {
        this.task = task;
        this.written = written;
        this.matched = match.map(UnitMatcher.UnitMatch::unit).orElse(null);
        this.confidence = match.map(UnitMatcher.UnitMatch::confidence).orElse(0.0);
        this.unit = new SimpleObjectProperty<>(matched);
        this.role = new SimpleObjectProperty<>(role);
        this.matchText = Bindings.createStringBinding(this::describeMatch, unit);
    }

    /** "Phòng VH-XH → Phòng Văn hóa - Xã hội"; the name alone when written so; a unit outside the catalogue says so. */
    private String describeMatch() {
        Unit chosen = unit.get();
        if (chosen == null) {
            return Messages.get("documents.review.unit.outside", written);
        }
        if (VietnameseText.fold(chosen.name()).equals(VietnameseText.fold(written))) {
            return chosen.name();
        }
        return Messages.get(chosen.equals(matched) ? "documents.review.unit.matched" : "documents.review.unit.picked",
                written, chosen.name());
    }

    /**
     * The assignment to save. A unit the app matched keeps the words of the directive; one the clerk
     * picked instead is named as the catalogue names it.
     */
    Assignment toAssignment() {
        Unit chosen = unit.get();
        String text = chosen == null || chosen.equals(matched) ? written : chosen.name();
        return new Assignment(chosen == null ? null : chosen.id(), text, role.get());
    }

    public TaskDraft task() {
        return task;
    }

    /** The unit as the directive writes it. */
    public String written() {
        return written;
    }

    /** The catalogue unit the app matched, or null. */
    public Unit matched() {
        return matched;
    }

    /** How sure the app's match is (0–1); 0 when nothing matched. */
    public double confidence() {
        return confidence;
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<AssignmentRole> roleProperty() {
        return role;
    }

    /** How the written unit was matched, for the table. */
    public StringBinding matchTextProperty() {
        return matchText;
    }
}
