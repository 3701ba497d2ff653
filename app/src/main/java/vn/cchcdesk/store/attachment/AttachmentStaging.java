package vn.cchcdesk.store.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.text.Formats;

/**
 * The first step of adding a file: copying it into the incoming area while hashing it (streamed,
 * never whole in memory), outside any database transaction.
 */
final class AttachmentStaging {

    // under the store's name, as the rest of its messages: one component in the log
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentStore.class);
    private static final int BUFFER = 64 * 1024;

    private final AttachmentDisk disk;
    private final long maxBytes;

    AttachmentStaging(AttachmentDisk disk, long maxBytes) {
        this.disk = disk;
        this.maxBytes = maxBytes;
    }

    StagedFile stage(Path source) {
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
            Path incoming = Files.createDirectories(disk.incoming());
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
            throw AttachmentDisk.ioFailure(e, name);
        }
    }

    List<StagedFile> stageAll(List<Path> sources) {
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

    /** Copies left by a run that stopped half-way: only one app uses a data folder at a time. */
    void sweepIncoming() {
        Path incoming = disk.incoming();
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (Stream<Path> leftovers = Files.list(incoming)) {
            leftovers.forEach(AttachmentDisk::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not clear {}", incoming, e);
        }
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
}
