package vn.cchcdesk.store.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.cchcdesk.domain.AppException;

/**
 * The backup file: a zip holding {@code manifest.json} and the database file it describes. Only
 * these two entries are ever read, and the payload never beyond the size the manifest gives, so a
 * foreign or crafted zip cannot write anywhere or fill the disk.
 */
final class BackupArchive {

    static final String MANIFEST = "manifest.json";
    static final String PAYLOAD = "cchc-desk.mv.db";
    static final String ATTACHMENTS = "attachments/";
    /** How AttachmentStore names a stored file: its SHA-256 in hex under a folder of its first two digits. */
    private static final java.util.regex.Pattern STORED_NAME =
            java.util.regex.Pattern.compile("attachments/([0-9a-f]{2})/\\1[0-9a-f]{0,126}", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final long MAX_MANIFEST_BYTES = 64 * 1024;

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private BackupArchive() {
    }

    static void write(Path target, BackupManifest manifest, Path payloadFile) throws IOException {
        write(target, manifest, payloadFile, null, List.of());
    }

    /** Writes the zip (with the attachments' files, named relative to their folder) and forces it to the disk (a USB stick may be pulled out right after). */
    static void write(Path target, BackupManifest manifest, Path payloadFile, Path attachmentsRoot, List<Path> attachments) throws IOException {
        try (OutputStream file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(PAYLOAD));
            Files.copy(payloadFile, zip);
            zip.closeEntry();
            for (Path attachment : attachments) {
                zip.putNextEntry(new ZipEntry(ATTACHMENTS + attachmentsRoot.relativize(attachment).toString().replace('\\', '/')));
                Files.copy(attachment, zip);
                zip.closeEntry();
            }
        }
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The manifest alone: cheap enough for listing many backups. */
    static BackupManifest readManifest(Path zipFile) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null || zip.getEntry(PAYLOAD) == null) {
                throw new AppException("backup.notABackup", zipFile.getFileName());
            }
            byte[] bytes;
            try (InputStream in = zip.getInputStream(entry)) {
                bytes = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            }
            if (bytes.length > MAX_MANIFEST_BYTES) {
                throw new AppException("backup.notABackup", zipFile.getFileName());
            }
            BackupManifest manifest = JSON.readValue(bytes, BackupManifest.class);
            if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.payload() == null
                    || manifest.createdAt() == null || manifest.schemaVersion() == null) {
                throw new AppException("backup.notABackup", zipFile.getFileName());
            }
            if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
                throw new AppException("backup.newerFormat", zipFile.getFileName(), manifest.appVersion());
            }
            return manifest;
        } catch (NoSuchFileException e) {
            throw new AppException(e, "backup.missing", zipFile);
        } catch (ZipException e) {
            throw new AppException(e, "backup.notABackup", zipFile.getFileName());
        } catch (IOException e) {
            throw new AppException(e, "backup.unreadable", zipFile.getFileName(), e.getMessage());
        }
    }

    /** Copies the payload out (never more bytes than the manifest says) and checks its size and SHA-256. */
    static void extractPayload(Path zipFile, BackupManifest manifest, Path target) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry entry = zip.getEntry(PAYLOAD);
            MessageDigest digest = sha256();
            long copied;
            try (InputStream in = zip.getInputStream(entry);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
                copied = copyAtMost(in, out, manifest.payload().size());
            }
            if (copied != manifest.payload().size()
                    || !HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(manifest.payload().sha256())) {
                throw new AppException("backup.checksumMismatch", zipFile.getFileName());
            }
        } catch (ZipException e) {
            throw new AppException(e, "backup.checksumMismatch", zipFile.getFileName());
        } catch (IOException e) {
            throw new AppException(e, "backup.unreadable", zipFile.getFileName(), e.getMessage());
        }
    }

    /** The stored files of a data folder that a backup keeps (not the scratch folders ".incoming", ".open"). */
    static List<Path> attachmentFiles(Path attachmentsRoot) throws IOException {
        if (!Files.isDirectory(attachmentsRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(attachmentsRoot)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !attachmentsRoot.relativize(f).getName(0).toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Puts back the files a backup holds that the folder lacks (stored files are named by their
     * content, so one already there is the same file). Only entries laid out as the store lays
     * its files ("attachments/ab/ab12…", hex digits, the SHA-256) are taken: any other name, one
     * leading outside the folder included ("../", a Windows "..\" that Linux keeps as a name), is
     * skipped.
     */
    static int restoreAttachments(Path zipFile, Path attachmentsRoot) throws IOException {
        int restored = 0;
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().startsWith(ATTACHMENTS) && !e.isDirectory()).toList()) {
                if (!STORED_NAME.matcher(entry.getName()).matches()) {
                    continue;
                }
                Path target = attachmentsRoot.resolve(entry.getName().substring(ATTACHMENTS.length())).normalize();
                if (!target.startsWith(attachmentsRoot) || Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                restored++;
            }
        }
        return restored;
    }

    /** Reads every attachment entry through (the zip checks each one's CRC) and compares count and size with the manifest. */
    private static boolean attachmentsMatch(Path zipFile, BackupManifest manifest) throws IOException {
        long count = 0;
        long bytes = 0;
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().startsWith(ATTACHMENTS) && !e.isDirectory()).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes += in.transferTo(OutputStream.nullOutputStream());
                }
                count++;
            }
        }
        return count == manifest.attachments().count() && bytes == manifest.attachments().bytes();
    }

    /** Re-reads a whole backup: the payload's checksum, the database itself and the files against the manifest. */
    static BackupManifest verify(Path zipFile, Path workDir) {
        BackupManifest manifest = readManifest(zipFile);
        Path copy = workDir.resolve(PAYLOAD);
        try {
            try {
                if (!attachmentsMatch(zipFile, manifest)) {
                    throw new AppException("backup.contentMismatch", zipFile.getFileName());
                }
            } catch (IOException e) {
                throw new AppException(e, "backup.checksumMismatch", zipFile.getFileName());
            }
            extractPayload(zipFile, manifest, copy);
            DatabaseFacts facts = DatabaseFacts.read(copy);
            if (!facts.schemaVersion().equals(manifest.schemaVersion()) || !facts.counts().equals(manifest.counts())
                    || !Objects.equals(facts.commune(), manifest.commune())) {
                throw new AppException("backup.contentMismatch", zipFile.getFileName());
            }
            return manifest;
        } finally {
            Staging.delete(workDir);
        }
    }

    static String sha256Hex(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                return total;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
