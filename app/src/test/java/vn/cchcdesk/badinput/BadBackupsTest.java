package vn.cchcdesk.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.App;
import vn.cchcdesk.ui.ShellTestSupport;

/**
 * Backup files that are not what they claim (Sao lưu → Khôi phục, and {@code restore}): each is
 * refused by name at {@code inspect} and {@code stageRestore}; a crafted one whose manifest agrees
 * with entries named "../…" restores without writing a byte outside the data folder.
 */
class BadBackupsTest extends BadInputFixture {

    private Path realBackup() throws Exception {
        Path written = app.backups().backupTo(in).file();
        return written;
    }

    private void refused(Path file) {
        String name = file.getFileName().toString();
        assertClear(catchThrowable(() -> app.backups().inspect(file)), name);
        assertClear(catchThrowable(() -> app.backups().stageRestore(file)), name);
        assertUnchanged();
    }

    @Test
    void filesThatAreNoBackups() throws Exception {
        refused(Files.writeString(in.resolve("khong-phai.zip"), "Đây không phải tệp sao lưu"));
        refused(Files.write(in.resolve("rong.zip"), new byte[0]));
        byte[] real = Files.readAllBytes(realBackup());
        refused(Files.write(in.resolve("cut-ngang.zip"), Arrays.copyOf(real, real.length / 2)));
    }

    @Test
    void aManifestThatIsBrokenOrLies() throws Exception {
        Path real = realBackup();
        refused(rewrite(real, "json-hong.zip", Map.of("manifest.json", "{\"format\": \"cchc-desk-backup\", ".getBytes(StandardCharsets.UTF_8))));
        refused(rewrite(real, "manifest-khong-lo.zip", Map.of("manifest.json", " ".repeat(5_000_000).getBytes(StandardCharsets.UTF_8))));
        refused(rewrite(real, "du-lieu-khac.zip", Map.of("cchc-desk.mv.db", "không phải H2".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void entriesLeadingOutOfTheFolderAreNeverWritten() throws Exception {
        Path real = realBackup();
        Map<String, byte[]> evil = new LinkedHashMap<>();
        byte[] payload = "tệp độc hại".getBytes(StandardCharsets.UTF_8);
        for (String name : new String[] {"attachments/../../../../thoat-ra.txt", "attachments/../../thoat-ra-2.txt",
            "attachments/..\\..\\thoat-ra-3.txt", "attachments//tmp/thoat-ra-tuyet-doi.txt", "../thoat-ra-4.txt"}) {
            evil.put(name, payload);
        }
        // the manifest agrees with the extra entries, so only the path checks stand in the way
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest;
        try (ZipFile zip = new ZipFile(real.toFile())) {
            manifest = (ObjectNode) json.readTree(zip.getInputStream(zip.getEntry("manifest.json")));
        }
        ObjectNode files = (ObjectNode) manifest.get("attachments");
        long extra = evil.keySet().stream().filter(n -> n.startsWith("attachments/")).count();
        files.put("count", files.get("count").asLong() + extra);
        files.put("bytes", files.get("bytes").asLong() + extra * payload.length);
        evil.put("manifest.json", json.writeValueAsBytes(manifest));
        Path crafted = rewrite(real, "doc-hai.zip", evil);

        app.backups().inspect(crafted);
        app.backups().stageRestore(crafted);
        app.close();
        app = App.open(data, ShellTestSupport.CLOCK);
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.map(p -> root.relativize(p).toString())).noneMatch(n -> n.contains("thoat-ra"));
        }
        assertThat(Files.exists(Path.of("/tmp/thoat-ra-tuyet-doi.txt"))).isFalse();
    }

    /** A copy of a zip with some entries replaced or added. */
    private Path rewrite(Path from, String name, Map<String, byte[]> entries) throws Exception {
        Path to = in.resolve(name);
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream os = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entries.containsKey(entry.getName()) ? entries.get(entry.getName()) : zip.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> added : entries.entrySet()) {
                if (zip.getEntry(added.getKey()) == null) {
                    out.putNextEntry(new ZipEntry(added.getKey()));
                    out.write(added.getValue());
                    out.closeEntry();
                }
            }
        }
        return to;
    }
}
