package vn.cchcdesk.store.audit;

import static vn.cchcdesk.store.jooq.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Every change to the clerk's records, with its before and after as JSON. Written inside the
 * service's transaction, so a change and its audit line commit or roll back together.
 */
public final class AuditLog {

    public enum Action { CREATE, UPDATE, DELETE, RESTORE }

    /** One line of the log, as shown in a record's history. */
    public record Entry(long id, LocalDateTime changedAt, String actor, String entity, long entityId, Action action,
                        String beforeJson, String afterJson) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final int BATCH = 1000;

    private final DSLContext dsl;
    private final String actor;

    public AuditLog(DSLContext dsl) {
        this(dsl, System.getProperty("user.name", "?"));
    }

    public AuditLog(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    public void record(String entity, long entityId, Action action, Object before, Object after) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.BEFORE_JSON, toJson(before))
                .set(AUDIT_LOG.AFTER_JSON, toJson(after))
                .execute();
    }

    /** One change among many written together ({@link #recordAll}). */
    public record Line(String entity, long entityId, Action action, Object before, Object after) {
    }

    /** Many changes of one transaction (a bulk save, a multi-row delete) in batched statements. */
    public void recordAll(List<Line> lines) {
        for (int start = 0; start < lines.size(); start += BATCH) {
            var batch = dsl.batch(dsl.insertInto(AUDIT_LOG, AUDIT_LOG.ACTOR, AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID,
                    AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_JSON, AUDIT_LOG.AFTER_JSON).values((String) null, null, null, null, null, null));
            for (Line line : lines.subList(start, Math.min(lines.size(), start + BATCH))) {
                batch = batch.bind(actor, line.entity(), line.entityId(), line.action().name(), toJson(line.before()),
                        toJson(line.after()));
            }
            batch.execute();
        }
    }

    /** A record's history, newest first. */
    public List<Entry> history(String entity, long entityId) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_LOG.CHANGED_AT.desc(), AUDIT_LOG.ID.desc())
                .fetch(r -> new Entry(r.getId(), r.getChangedAt(), r.getActor(), r.getEntity(), r.getEntityId(),
                        Action.valueOf(r.getAction()), r.getBeforeJson(), r.getAfterJson()));
    }

    static String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write audit JSON for " + value.getClass(), e);
        }
    }
}
