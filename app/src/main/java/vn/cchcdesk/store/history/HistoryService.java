package vn.cchcdesk.store.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.cchcdesk.store.audit.AuditLog;

/**
 * A record's history for "Lịch sử thay đổi": each audit line with its before and after JSON laid
 * out field by field ("signer.name", "recipients.1.text"), side by side, changed fields marked.
 */
public final class HistoryService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditLog audit;

    public HistoryService(AuditLog audit) {
        this.audit = audit;
    }

    /** One field of one change: its value before and after (empty when absent). */
    public record FieldChange(String field, String before, String after) {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    /** One change of the record, newest first in a history. */
    public record Change(long id, LocalDateTime at, String actor, AuditLog.Action action, List<FieldChange> fields) {
        public List<FieldChange> changedFields() {
            return fields.stream().filter(FieldChange::changed).toList();
        }
    }

    public List<Change> of(String entity, long entityId) {
        return audit.history(entity, entityId).stream()
                .map(e -> new Change(e.id(), e.changedAt(), e.actor(), e.action(), compare(e.beforeJson(), e.afterJson())))
                .toList();
    }

    static List<FieldChange> compare(String beforeJson, String afterJson) {
        Map<String, String> before = flatten(beforeJson);
        Map<String, String> after = flatten(afterJson);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            changes.add(new FieldChange(field, before.getOrDefault(field, ""), after.getOrDefault(field, "")));
        }
        return changes;
    }

    /** Nested objects and lists become dotted paths; nulls and empty values are left out. */
    static Map<String, String> flatten(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        try {
            flatten("", JSON.readTree(json), fields);
        } catch (IOException e) {
            fields.put("?", json); // an unreadable line is still shown as it was written
        }
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "." + (i + 1), node.get(i), out);
            }
        } else {
            String text = node.asText();
            if (!Objects.requireNonNullElse(text, "").isEmpty()) {
                out.put(path, text);
            }
        }
    }
}
