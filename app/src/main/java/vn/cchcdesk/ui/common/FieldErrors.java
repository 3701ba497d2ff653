package vn.cchcdesk.ui.common;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;

/** A view model's errors by field, in Vietnamese, for a {@link FormGrid} to show beside each field. */
public final class FieldErrors {

    private final ObservableMap<String, String> byField = FXCollections.observableHashMap();

    public ObservableMap<String, String> map() {
        return byField;
    }

    /** Replaces the errors with these problems; true when there were any. */
    public boolean show(List<Problem> problems) {
        byField.clear();
        for (Problem problem : problems) {
            byField.putIfAbsent(problem.field(), ErrorMessages.problem(problem));
        }
        return !problems.isEmpty();
    }

    /** Shows a service's validation failure beside its fields; false for any other failure. */
    public boolean showIfValidation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                show(v.problems());
                return true;
            }
        }
        return false;
    }

    public void clear() {
        byField.clear();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public String get(String field) {
        return byField.get(field);
    }
}
