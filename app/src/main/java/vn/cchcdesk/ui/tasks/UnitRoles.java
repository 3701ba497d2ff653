package vn.cchcdesk.ui.tasks;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.i18n.Messages;

/**
 * The units section of the task form: each unit with its role, the unit and role picked to add
 * next, and a warning unless there is exactly one lead (a warning only: drafts may lack one).
 */
final class UnitRoles {

    private final ObservableList<Assignment> assignments = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unitToAdd = new SimpleObjectProperty<>();
    private final ObjectProperty<AssignmentRole> roleToAdd = new SimpleObjectProperty<>(AssignmentRole.LEAD);
    private final StringProperty leadWarning = new SimpleStringProperty("");

    UnitRoles() {
        assignments.addListener((ListChangeListener<Assignment>) c -> checkLead());
    }

    void clear() {
        assignments.clear();
        roleToAdd.set(AssignmentRole.LEAD);
        unitToAdd.set(null);
        checkLead();
    }

    /** A task's units; the next one added supports unless the task has no lead yet. */
    void fill(Task task) {
        assignments.setAll(task.assignments());
        roleToAdd.set(task.assignments(AssignmentRole.LEAD).isEmpty() ? AssignmentRole.LEAD : AssignmentRole.SUPPORT);
    }

    /** Adds the chosen unit with the chosen role (or changes its role when it is already there). */
    void addAssignment() {
        Unit unit = unitToAdd.get();
        if (unit == null || roleToAdd.get() == null) {
            return;
        }
        Task changed = currentAssignments().withRole(unit.id(), unit.name(), roleToAdd.get());
        assignments.setAll(changed.assignments());
        unitToAdd.set(null);
        roleToAdd.set(AssignmentRole.SUPPORT);
    }

    void changeRole(Assignment assignment, AssignmentRole role) {
        int index = assignments.indexOf(assignment);
        if (index >= 0 && role != null) {
            assignments.set(index, new Assignment(assignment.unitId(), assignment.unitText(), role));
        }
    }

    void removeAssignment(Assignment assignment) {
        assignments.remove(assignment);
    }

    // a stand-in task, so that adding a unit follows the matrix's rule (one role each, its name kept)
    private Task currentAssignments() {
        return new Task(null, 0L, null, "x", Timeframe.none(), TaskStatus.NOT_STARTED, null, null, 0, assignments);
    }

    private void checkLead() {
        long leads = assignments.stream().filter(a -> a.role() == AssignmentRole.LEAD).count();
        leadWarning.set(leads == 1 ? "" : leads == 0 ? Messages.get("tasks.form.noLead") : Messages.get("tasks.form.manyLeads", leads));
    }

    ObservableList<Assignment> assignments() {
        return assignments;
    }

    ObjectProperty<Unit> unitToAddProperty() {
        return unitToAdd;
    }

    ObjectProperty<AssignmentRole> roleToAddProperty() {
        return roleToAdd;
    }

    StringProperty leadWarningProperty() {
        return leadWarning;
    }
}
