package vn.cchcdesk.domain.collect;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which column (0-based) holds which field. One column holds at most one field: mapping a field
 * to a column takes that column away from the field that had it.
 */
public record ColumnMapping(Map<ImportField, Integer> columns) {

    public ColumnMapping {
        EnumMap<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        if (columns != null) {
            columns.forEach((field, column) -> {
                if (field != null && column != null && column >= 0) {
                    copy.put(field, column);
                }
            });
        }
        columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    public OptionalInt column(ImportField field) {
        Integer column = columns.get(field);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    public Optional<ImportField> fieldAt(int column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst();
    }

    /** This mapping with a field moved to a column; a null column leaves the field unmapped. */
    public ColumnMapping with(ImportField field, Integer column) {
        EnumMap<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        copy.putAll(columns);
        copy.remove(field);
        if (column != null) {
            copy.values().removeIf(c -> c.equals(column));
            copy.put(field, column);
        }
        return new ColumnMapping(copy);
    }

    /** "A", "B", … "Z", "AA": the column's name as Excel shows it. */
    public static String letter(int column) {
        StringBuilder out = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }
}
