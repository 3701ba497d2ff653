package vn.cchcdesk.store.attachment;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY_ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT_ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.UNIT_SUBMISSION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.attachment.AttachmentOwner;

/**
 * Stored files (table attachment, one row per content) and their links to documents and activities.
 * Writes only inside a service transaction.
 */
final class AttachmentRepository {

    /** A stored file's row: where its content lies, relative to the data folder. */
    record Stored(long id, String sha256, long sizeBytes, String storedPath, String mediaType, String originalName) {
    }

    /** The link table of one kind of owner: document_attachment or activity_attachment, alike in shape. */
    private record Links(Table<?> table, Field<Long> owner, Field<Long> attachment, Field<String> name, Field<Integer> position) {

        static Links of(AttachmentOwner owner) {
            return switch (owner) {
                case DOCUMENT -> new Links(DOCUMENT_ATTACHMENT, DOCUMENT_ATTACHMENT.DOCUMENT_ID, DOCUMENT_ATTACHMENT.ATTACHMENT_ID,
                        DOCUMENT_ATTACHMENT.ORIGINAL_NAME, DOCUMENT_ATTACHMENT.POSITION);
                case ACTIVITY -> new Links(ACTIVITY_ATTACHMENT, ACTIVITY_ATTACHMENT.ACTIVITY_ID, ACTIVITY_ATTACHMENT.ATTACHMENT_ID,
                        ACTIVITY_ATTACHMENT.ORIGINAL_NAME, ACTIVITY_ATTACHMENT.POSITION);
            };
        }
    }

    private final DSLContext dsl;

    AttachmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Stored> findBySha(String sha256) {
        return dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.SHA256.eq(sha256)).fetchOptional(AttachmentRepository::stored);
    }

    Optional<Stored> findById(long id) {
        return dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(id)).fetchOptional(AttachmentRepository::stored);
    }

    boolean pathInUse(String storedPath) {
        return dsl.fetchExists(ATTACHMENT, ATTACHMENT.STORED_PATH.eq(storedPath));
    }

    Stored insert(String sha256, long size, String storedPath, String mediaType, String originalName, LocalDateTime now) {
        long id = dsl.insertInto(ATTACHMENT)
                .set(ATTACHMENT.SHA256, sha256)
                .set(ATTACHMENT.SIZE_BYTES, size)
                .set(ATTACHMENT.STORED_PATH, storedPath)
                .set(ATTACHMENT.MEDIA_TYPE, mediaType)
                .set(ATTACHMENT.ORIGINAL_NAME, originalName)
                .set(ATTACHMENT.CREATED_AT, now)
                .returningResult(ATTACHMENT.ID)
                .fetchOne(ATTACHMENT.ID);
        return new Stored(id, sha256, size, storedPath, mediaType, originalName);
    }

    void delete(long id) {
        dsl.deleteFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(id)).execute();
    }

    /** The owner's files in their order. */
    List<AttachedFile> filesOf(AttachmentOwner owner, long ownerId) {
        Links links = Links.of(owner);
        return dsl.select(links.attachment(), links.name(), ATTACHMENT.SIZE_BYTES, ATTACHMENT.MEDIA_TYPE, ATTACHMENT.SHA256,
                        links.position())
                .from(links.table()).join(ATTACHMENT).on(ATTACHMENT.ID.eq(links.attachment()))
                .where(links.owner().eq(ownerId))
                .orderBy(links.position(), links.attachment())
                .fetch(r -> new AttachedFile(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    Optional<AttachedFile> link(AttachmentOwner owner, long ownerId, long attachmentId) {
        return filesOf(owner, ownerId).stream().filter(f -> f.attachmentId() == attachmentId).findFirst();
    }

    int nextPosition(AttachmentOwner owner, long ownerId) {
        Links links = Links.of(owner);
        Integer max = dsl.select(DSL.max(links.position())).from(links.table()).where(links.owner().eq(ownerId))
                .fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    void insertLink(AttachmentOwner owner, long ownerId, long attachmentId, String name, int position) {
        Links links = Links.of(owner);
        dsl.insertInto(links.table())
                .set(links.owner(), ownerId)
                .set(links.attachment(), attachmentId)
                .set(links.name(), name)
                .set(links.position(), position)
                .execute();
    }

    int deleteLink(AttachmentOwner owner, long ownerId, long attachmentId) {
        Links links = Links.of(owner);
        return dsl.deleteFrom(links.table())
                .where(links.owner().eq(ownerId).and(links.attachment().eq(attachmentId)))
                .execute();
    }

    /**
     * Whether anything still points at the file: a document (also one in the trash, which can come
     * back), an activity, or a unit's submission.
     */
    boolean referenced(long attachmentId) {
        return dsl.fetchExists(DOCUMENT_ATTACHMENT, DOCUMENT_ATTACHMENT.ATTACHMENT_ID.eq(attachmentId))
                || dsl.fetchExists(ACTIVITY_ATTACHMENT, ACTIVITY_ATTACHMENT.ATTACHMENT_ID.eq(attachmentId))
                || dsl.fetchExists(UNIT_SUBMISSION, UNIT_SUBMISSION.ATTACHMENT_ID.eq(attachmentId));
    }

    /** Files nothing points at any more (left by a purge of the trash or an interrupted change). */
    List<Stored> unreferenced() {
        return dsl.selectFrom(ATTACHMENT)
                .whereNotExists(DSL.selectOne().from(DOCUMENT_ATTACHMENT).where(DOCUMENT_ATTACHMENT.ATTACHMENT_ID.eq(ATTACHMENT.ID)))
                .andNotExists(DSL.selectOne().from(ACTIVITY_ATTACHMENT).where(ACTIVITY_ATTACHMENT.ATTACHMENT_ID.eq(ATTACHMENT.ID)))
                .andNotExists(DSL.selectOne().from(UNIT_SUBMISSION).where(UNIT_SUBMISSION.ATTACHMENT_ID.eq(ATTACHMENT.ID)))
                .fetch(AttachmentRepository::stored);
    }

    private static Stored stored(vn.cchcdesk.store.jooq.tables.records.AttachmentRecord r) {
        return new Stored(r.getId(), r.getSha256().trim(), r.getSizeBytes(), r.getStoredPath(), r.getMediaType(), r.getOriginalName());
    }
}
