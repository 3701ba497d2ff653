package vn.cchcdesk.domain.collect;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.cchcdesk.domain.activity.Activity;

/**
 * One data row of an imported sheet as read and checked.
 *
 * @param rowNumber       as Excel shows it (1-based; the CSV line for a CSV file)
 * @param activity        the activity it becomes, or null when the row is too broken to form one
 * @param rowKey          SHA-256 of the normalised row: its identity across imports, or null with the activity
 * @param written         each mapped field's cell as written, for the preview (the activity may be null)
 * @param alreadyImported an earlier import already brought this row in: it is skipped, not doubled
 */
public record ImportRow(int rowNumber, Map<ImportField, String> written, Activity activity, String rowKey,
                        List<RowProblem> problems, boolean alreadyImported) {

    public enum Status { VALID, INVALID, ALREADY_IMPORTED }

    public ImportRow {
        problems = List.copyOf(problems);
        EnumMap<ImportField, String> copy = new EnumMap<>(ImportField.class);
        copy.putAll(written);
        written = java.util.Collections.unmodifiableMap(copy);
    }

    /** The cell of a field as written, "" when blank or not mapped. */
    public String written(ImportField field) {
        return written.getOrDefault(field, "");
    }

    public Status status() {
        if (activity == null || problems.stream().anyMatch(RowProblem::isError)) {
            return Status.INVALID;
        }
        return alreadyImported ? Status.ALREADY_IMPORTED : Status.VALID;
    }

    public boolean isValid() {
        return status() == Status.VALID;
    }

    /** This row marked as brought in before, with the problem line that says when. */
    public ImportRow imported(RowProblem note) {
        List<RowProblem> all = new java.util.ArrayList<>(problems);
        all.add(note);
        return new ImportRow(rowNumber, written, activity, rowKey, all, true);
    }
}
