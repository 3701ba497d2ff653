package vn.cchcdesk.store.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.attachment.AttachmentOwner;
import vn.cchcdesk.domain.text.Formats;
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
    private static final String INCOMING = ".incoming";
    private static final String OPENED = ".open";
    private static final int BUFFER = 64 * 1024;

    private final DataFolder folder;
    private final DSLContext dsl;
    private final AttachmentRepository files;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxBytes;

    public AttachmentStore(DataFolder folder, DSLContext dsl, AuditLog audit, Clock clock) {
        this(folder, dsl, audit, clock, DEFAULT_MAX_BYTES);
    }

    public AttachmentStore(DataFolder folder, DSLContext dsl, AuditLog audit, Clock clock, long maxBytes) {
        this.folder = folder;
        this.dsl = dsl;
        this.files = new AttachmentRepository(dsl);
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
        sweepIncoming();
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
        Path file = source.toAbsolutePath().normalize();
        String name = FileNames.displayName(file);
        if (!Files.exists(file)) {
            throw new AppException("attachments.sourceMissing", file);
        }
        if (!Files.isRegularFile(file)) {
            throw new AppException("attachments.notAFile", file);
        }
        if (!Files.isReadable(file)) {
            throw new AppException("attachments.sourceUnreadable", file);
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(name, size);
            }
            Path incoming = Files.createDirectories(folder.attachments().resolve(INCOMING));
            Path temp = Files.createTempFile(incoming, "in-", ".tmp");
            try {
                Copied copied = copyHashing(file, temp, name);
                return new StagedFile(temp, copied.sha256(), copied.size(), name, MediaTypes.of(name));
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        } catch (IOException e) {
            if (e instanceof AccessDeniedException denied && file.toString().equals(denied.getFile())) {
                throw new AppException(e, "attachments.sourceUnreadable", file);
            }
            throw ioFailure(e, name);
        }
    }

    /** Stages every file, or none: a failure discards those already copied. */
    public List<StagedFile> stageAll(List<Path> sources) {
        List<StagedFile> staged = new ArrayList<>();
        try {
            for (Path source : sources) {
                staged.add(stage(source));
            }
            return staged;
        } catch (RuntimeException e) {
            staged.forEach(StagedFile::discard);
            throw e;
        }
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
        Path path = inside(stored.storedPath());
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
        try {
            Path dir = Files.createDirectories(folder.attachments().resolve(OPENED).resolve(row.sha256().substring(0, 16)));
            Path copy = dir.resolve(FileNames.safeOnDisk(name));
            if (Files.isRegularFile(copy) && Files.size(copy) == row.sizeBytes()) {
                return copy;
            }
            Path temp = Files.createTempFile(dir, "open-", ".tmp");
            Files.copy(stored, temp, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(copy)) {
                copy.toFile().setWritable(true);
            }
            Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // read-only: Word and the PDF reader say so, rather than saving edits the register never sees
            copy.toFile().setReadOnly();
            return copy;
        } catch (IOException e) {
            throw ioFailure(e, name);
        }
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
            Path incoming = folder.attachments().resolve(INCOMING);
            if (!staged.temp().toAbsolutePath().normalize().startsWith(incoming)) {
                // moving anything else would take the clerk's own file away from where it was
                throw new IllegalArgumentException("Not a staged file: " + staged.temp());
            }
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
            Path incoming = folder.attachments().resolve(INCOMING);
            if (!staged.temp().toAbsolutePath().normalize().startsWith(incoming)) {
                throw new IllegalArgumentException("Not a staged file: " + staged.temp());
            }
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
            Path target = inside(relative);
            boolean existed = Files.exists(target);
            moveIn(staged, target);
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
            Path target = inside(existing.storedPath());
            if (!Files.isRegularFile(target)) {
                LOG.warn("Stored file {} was missing; restored from {}", target, staged.originalName());
                moveIn(staged, target);
            }
            return existing;
        }

        private void moveIn(StagedFile staged, Path target) {
            try {
                Files.createDirectories(target.getParent());
                Files.move(staged.temp(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw ioFailure(e, staged.originalName());
            }
        }

        private void committed() {
            for (String path : released) {
                // the same content may have been stored again later in the batch, under the same path
                if (!files.pathInUse(path)) {
                    deleteQuietly(inside(path));
                }
            }
        }

        private void rolledBack() {
            movedIn.forEach(AttachmentStore::deleteQuietly);
        }
    }

    private Path inside(String relative) {
        Path path = folder.resolveInside(relative);
        if (!path.startsWith(folder.attachments())) {
            throw new AppException("data.folder.outside", relative);
        }
        return path;
    }

    private record Copied(String sha256, long size) {
    }

    private Copied copyHashing(Path source, Path target, String name) throws IOException {
        MessageDigest sha = sha256();
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(source);
             FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > maxBytes) {
                    // the file grew after it was measured, or reported a wrong size
                    throw tooLarge(name, total);
                }
                sha.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            // on the disk before the database says the file is there
            out.force(true);
        }
        return new Copied(HexFormat.of().formatHex(sha.digest()), total);
    }

    private AppException tooLarge(String name, long size) {
        return new AppException("attachments.tooLarge", name, megabytes(size), megabytes(maxBytes));
    }

    private static String megabytes(long bytes) {
        return Formats.decimal(bytes / (1024.0 * 1024.0), 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** A full disk is said as such by the UI; any other failure names the file. */
    private static RuntimeException ioFailure(IOException e, String name) {
        if (e instanceof FileSystemException fs && String.valueOf(fs.getReason()).toLowerCase().contains("space")) {
            return new UncheckedIOException(e);
        }
        return new AppException(e, "attachments.copyFailed", name, String.valueOf(e.getMessage()));
    }

    private static String linkEntity(AttachmentOwner owner) {
        return owner == AttachmentOwner.DOCUMENT ? "document_attachment" : "activity_attachment";
    }

    /** Copies left by a run that stopped half-way: only one app uses a data folder at a time. */
    private void sweepIncoming() {
        Path incoming = folder.attachments().resolve(INCOMING);
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (Stream<Path> leftovers = Files.list(incoming)) {
            leftovers.forEach(AttachmentStore::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not clear {}", incoming, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a file left behind wastes space but loses nothing; the next sweep or purge retries
            LOG.warn("Could not delete {}", path, e);
        }
    }
}
