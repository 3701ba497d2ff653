package vn.cchcdesk.store.attachment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.attachment.AttachmentOwner;
import vn.cchcdesk.store.DataFolder;
import vn.cchcdesk.store.audit.AuditLog;

/**
 * The files kept with documents and activities, copied into the data folder and stored once per
 * content under {@code attachments/<first 2 hex>/<sha256>}, whatever their names.
 *
 * <p>Adding a file is two steps, so that slow disk work never holds a database transaction:
 * {@link #stage} copies it into the folder's incoming area while hashing it (streamed, never whole
 * in memory); then, inside {@link #withFiles}, a {@link Batch} moves it into place atomically and
 * links it to its owner. A file leaves the disk only after the transaction that removed its last
 * reference has committed; a rolled-back transaction takes back the files it moved in.
 */
public final class AttachmentStore {

    /** Scans and recordings can be large; beyond this the clerk should attach a smaller copy. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentStore.class);

    private final DSLContext dsl;
    private final AttachmentRepository files;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxBytes;
    private final AttachmentDisk disk;
    private final AttachmentStaging staging;
    private final ViewableCopies viewable;

    public AttachmentStore(DataFolder folder, DSLContext dsl, AuditLog audit, Clock clock) {
        this(folder, dsl, audit, clock, DEFAULT_MAX_BYTES);
    }

    public AttachmentStore(DataFolder folder, DSLContext dsl, AuditLog audit, Clock clock, long maxBytes) {
        this.dsl = dsl;
        this.files = new AttachmentRepository(dsl);
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.disk = new AttachmentDisk(folder);
        this.staging = new AttachmentStaging(disk, maxBytes);
        this.viewable = new ViewableCopies(disk);
        staging.sweepIncoming();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public List<AttachedFile> filesOf(AttachmentOwner owner, long ownerId) {
        return files.filesOf(owner, ownerId);
    }

    /**
     * Copies a file the clerk picked into the incoming area, hashing it on the way. Refused with a
     * message naming the file when it is missing, a folder, unreadable or over the size limit.
     */
    public StagedFile stage(Path source) {
        return staging.stage(source);
    }

    /** Stages every file, or none: a failure discards those already copied. */
    public List<StagedFile> stageAll(List<Path> sources) {
        return staging.stageAll(sources);
    }

    /**
     * Runs work in one transaction with a batch of file changes; the files follow the outcome:
     * after a commit, files nothing refers to any more are deleted; after a rollback, files moved
     * in by this batch are taken out again. Call it outermost: inside another transaction its
     * "commit" would only be a savepoint.
     */
    public <T> T withFiles(Function<Batch, T> work) {
        Batch batch = new Batch();
        T result;
        try {
            result = dsl.transactionResult(() -> work.apply(batch));
        } catch (RuntimeException | Error e) {
            batch.rolledBack();
            throw e;
        }
        batch.committed();
        return result;
    }

    /** Stages and links files to an owner in one go; returns the owner's files as they now stand. */
    public List<AttachedFile> attach(AttachmentOwner owner, long ownerId, List<Path> sources) {
        List<StagedFile> staged = stageAll(sources);
        try {
            return withFiles(batch -> {
                staged.forEach(file -> batch.link(owner, ownerId, file));
                return files.filesOf(owner, ownerId);
            });
        } finally {
            staged.forEach(StagedFile::discard);
        }
    }

    /** Unlinks a file from an owner; the file goes from the disk when nothing else refers to it. */
    public void detach(AttachmentOwner owner, long ownerId, long attachmentId) {
        withFiles(batch -> batch.unlink(owner, ownerId, attachmentId));
    }

    /** Where a stored file's content lies; refused when the stored path leads outside the store. */
    public Path storedFile(long attachmentId) {
        AttachmentRepository.Stored stored = files.findById(attachmentId)
                .orElseThrow(() -> new AppException("attachments.notFound"));
        Path path = disk.inside(stored.storedPath());
        if (!Files.isRegularFile(path)) {
            throw new AppException("attachments.fileMissing", stored.originalName(), path);
        }
        return path;
    }

    /**
     * A read-only copy named as the clerk knows the file, for the system viewer (the stored file has
     * no extension, so no program would know it). Reused while it is intact.
     */
    public Path viewableCopy(long attachmentId, String name) {
        Path stored = storedFile(attachmentId);
        AttachmentRepository.Stored row = files.findById(attachmentId).orElseThrow(() -> new AppException("attachments.notFound"));
        return viewable.of(stored, row.sha256(), row.sizeBytes(), name);
    }

    /** Deletes stored files nothing refers to (after the trash is emptied); returns how many went. */
    public int deleteUnreferenced() {
        Batch batch = new Batch();
        int count = dsl.transactionResult(() -> {
            List<AttachmentRepository.Stored> unused = files.unreferenced();
            unused.forEach(batch::forget);
            return unused.size();
        });
        batch.committed();
        return count;
    }

    /**
     * File changes made inside one {@link #withFiles} transaction. Not thread-safe: it belongs to the
     * thread running that transaction.
     */
    public final class Batch {

        private final List<Path> movedIn = new ArrayList<>();
        private final Set<String> released = new LinkedHashSet<>();

        private Batch() {
        }

        /**
         * Stores a staged file (once per content) and links it to the owner under its original name;
         * a file the owner already has stays as it is.
         */
        public AttachedFile link(AttachmentOwner owner, long ownerId, StagedFile staged) {
            disk.requireStaged(staged);
            AttachmentRepository.Stored stored = files.findBySha(staged.sha256())
                    .map(existing -> healed(existing, staged))
                    .orElseGet(() -> storeNew(staged));
            return files.link(owner, ownerId, stored.id()).orElseGet(() -> {
                String name = FileNames.shorten(staged.originalName(), FileNames.MAX_STORED);
                int position = files.nextPosition(owner, ownerId);
                files.insertLink(owner, ownerId, stored.id(), name, position);
                AttachedFile file = new AttachedFile(stored.id(), name, stored.sizeBytes(), stored.mediaType(), stored.sha256(), position);
                audit.record(linkEntity(owner), ownerId, AuditLog.Action.CREATE, null, file);
                return file;
            });
        }

        /**
         * Stores a staged file (once per content) without linking it to a document or activity, for
         * a reference kept elsewhere (the file a unit sent with its numbers); returns its id.
         */
        public long keep(StagedFile staged) {
            disk.requireStaged(staged);
            return files.findBySha(staged.sha256())
                    .map(existing -> healed(existing, staged))
                    .orElseGet(() -> storeNew(staged))
                    .id();
        }

        /** Releases a stored file a reference kept elsewhere no longer needs, when nothing else refers to it. */
        public void releaseIfUnused(long attachmentId) {
            if (!files.referenced(attachmentId)) {
                files.findById(attachmentId).ifPresent(this::forget);
            }
        }

        /** Removes the owner's link; the stored file is released when nothing else refers to it. */
        public boolean unlink(AttachmentOwner owner, long ownerId, long attachmentId) {
            AttachedFile before = files.link(owner, ownerId, attachmentId).orElse(null);
            if (before == null || files.deleteLink(owner, ownerId, attachmentId) == 0) {
                return false;
            }
            audit.record(linkEntity(owner), ownerId, AuditLog.Action.DELETE, before, null);
            if (!files.referenced(attachmentId)) {
                files.findById(attachmentId).ifPresent(this::forget);
            }
            return true;
        }

        private void forget(AttachmentRepository.Stored stored) {
            files.delete(stored.id());
            audit.record("attachment", stored.id(), AuditLog.Action.DELETE, stored, null);
            released.add(stored.storedPath());
        }

        private AttachmentRepository.Stored storeNew(StagedFile staged) {
            String relative = "attachments/" + staged.sha256().substring(0, 2) + "/" + staged.sha256();
            Path target = disk.inside(relative);
            boolean existed = Files.exists(target);
            disk.moveIn(staged, target);
            if (!existed) {
                movedIn.add(target);
            }
            AttachmentRepository.Stored stored = files.insert(staged.sha256(), staged.sizeBytes(), relative, staged.mediaType(),
                    FileNames.shorten(staged.originalName(), FileNames.MAX_STORED), LocalDateTime.now(clock));
            audit.record("attachment", stored.id(), AuditLog.Action.CREATE, null, stored);
            return stored;
        }

        /** A stored file whose content went missing from the disk gets it back from the same content. */
        private AttachmentRepository.Stored healed(AttachmentRepository.Stored existing, StagedFile staged) {
            Path target = disk.inside(existing.storedPath());
            if (!Files.isRegularFile(target)) {
                LOG.warn("Stored file {} was missing; restored from {}", target, staged.originalName());
                disk.moveIn(staged, target);
            }
            return existing;
        }

        private void committed() {
            for (String path : released) {
                // the same content may have been stored again later in the batch, under the same path
                if (!files.pathInUse(path)) {
                    AttachmentDisk.deleteQuietly(disk.inside(path));
                }
            }
        }

        private void rolledBack() {
            movedIn.forEach(AttachmentDisk::deleteQuietly);
        }
    }

    private static String linkEntity(AttachmentOwner owner) {
        return owner == AttachmentOwner.DOCUMENT ? "document_attachment" : "activity_attachment";
    }
}
