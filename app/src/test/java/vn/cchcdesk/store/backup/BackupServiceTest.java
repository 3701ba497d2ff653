package vn.cchcdesk.store.backup;

import vn.cchcdesk.ShippedSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.ui.ShellTestSupport;

class BackupServiceTest {

    @TempDir
    Path dir;

    private App openWithData(Path data, int plans) {
        App app = App.open(data, ShellTestSupport.CLOCK);
        app.settings().saveCommune(ShellTestSupport.DINH_TAN);
        Records.plans(app, 1, plans);
        return app;
    }

    @Test
    void aBackupIsOneZipThatDescribesItselfAndMatchesItsChecksum() throws IOException {
        BackupService.Written written;
        try (App app = openWithData(dir.resolve("data"), 3)) {
            written = app.backups().backupNow();
        }
        assertThat(written.file()).exists().hasParent(dir.resolve("data").resolve("backups"));
        assertThat(written.file().getFileName().toString()).isEqualTo("cchc-desk_2026-05-20_090000_thu-cong.zip");
        BackupManifest manifest = written.manifest();
        assertThat(manifest.format()).isEqualTo("cchc-desk-backup");
        assertThat(manifest.schemaVersion()).isEqualTo(ShippedSchema.VERSION);
        assertThat(manifest.commune()).isEqualTo("xã Định Tân");
        assertThat(manifest.kind()).isEqualTo(BackupKind.MANUAL);
        assertThat(manifest.counts()).containsEntry("documents", 3L).containsEntry("tasks", 6L).containsEntry("activities", 0L);
        assertThat(manifest.count("units")).isGreaterThanOrEqualTo(12);
        assertThat(manifest.h2Version()).startsWith("2.5.252");
        try (ZipFile zip = new ZipFile(written.file().toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("manifest.json", "cchc-desk.mv.db");
            Path payload = dir.resolve("payload.mv.db");
            try (InputStream in = zip.getInputStream(zip.getEntry("cchc-desk.mv.db"))) {
                Files.copy(in, payload);
            }
            assertThat(BackupArchive.sha256Hex(payload)).isEqualTo(manifest.payload().sha256());
            assertThat(Files.size(payload)).isEqualTo(manifest.payload().size());
            String json = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes());
            assertThat(json).contains("\"schemaVersion\" : \"" + ShippedSchema.VERSION + "\"", "\"documents\" : 3", manifest.payload().sha256());
        }
        assertThat(dir.resolve("data/backups").toFile().list()).containsExactlyInAnyOrder(written.file().getFileName().toString(), ".staging");
        assertThat(dir.resolve("data/backups/.staging").toFile().list()).isEmpty();
    }

    @Test
    void aManualBackupGoesToAnyFolderAndTheListingReadsTheManifests() {
        Path usb = dir.resolve("usb");
        try (App app = openWithData(dir.resolve("data"), 2)) {
            usbFolder(usb);
            BackupService.Written onUsb = app.backups().backupTo(usb);
            assertThat(onUsb.file()).hasParent(usb);
            assertThat(app.backups().inspect(onUsb.file()).manifest()).isEqualTo(onUsb.manifest());
            app.backups().backupNow();
            app.backups().automatic();
            assertThat(app.backups().list()).extracting(b -> b.manifest().kind())
                    .containsExactlyInAnyOrder(BackupKind.MANUAL, BackupKind.AUTOMATIC);
            assertThatThrownBy(() -> app.backups().backupTo(usb.resolve("missing")))
                    .extracting(e -> ((AppException) e).messageKey()).isEqualTo("backup.targetNotFolder");
        }
    }

    @Test
    void aCleanExitWritesTodaysAutomaticBackupAndACommandExitDoesNot() {
        Path data = dir.resolve("data");
        try (App app = openWithData(data, 1)) {
            assertThat(app.backups().automaticDue()).isTrue();
        }
        assertThat(data.resolve("backups/cchc-desk_2026-05-20_tu-dong.zip")).doesNotExist();
        App app = App.open(data, ShellTestSupport.CLOCK);
        app.backupOnExit();
        app.close(true);
        assertThat(data.resolve("backups/cchc-desk_2026-05-20_tu-dong.zip")).exists();
        try (App again = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(again.backups().automaticDue()).isFalse();
        }
    }

    @Test
    void automaticBackupsRotateToDailyWeeklyAndMonthly() {
        Path data = dir.resolve("data");
        openWithData(data, 1).close();
        // 24 automatic backups, one every 5 days: 4 months of history
        for (int i = 0; i < 24; i++) {
            Clock day = Clock.offset(ShellTestSupport.CLOCK, Duration.ofDays(5L * i));
            try (App app = App.open(data, day)) {
                app.backups().automatic();
            }
        }
        List<String> kept = List.of(data.resolve("backups").toFile().list((d, name) -> name.endsWith("_tu-dong.zip")));
        // the 7 newest, and the newest of each older month (the 4 newest weeks are among the 7)
        assertThat(kept).containsExactlyInAnyOrder(
                "cchc-desk_2026-05-30_tu-dong.zip", "cchc-desk_2026-06-29_tu-dong.zip", "cchc-desk_2026-07-29_tu-dong.zip",
                "cchc-desk_2026-08-13_tu-dong.zip", "cchc-desk_2026-08-18_tu-dong.zip", "cchc-desk_2026-08-23_tu-dong.zip",
                "cchc-desk_2026-08-28_tu-dong.zip", "cchc-desk_2026-09-02_tu-dong.zip", "cchc-desk_2026-09-07_tu-dong.zip",
                "cchc-desk_2026-09-12_tu-dong.zip");
    }

    @Test
    void aTamperedPayloadOrAManifestThatLiesIsRefused() throws IOException {
        Path file;
        try (App app = openWithData(dir.resolve("data"), 2)) {
            file = app.backups().backupNow().file();
        }
        BackupManifest manifest = BackupArchive.readManifest(file);
        Path payload = dir.resolve("p.mv.db");
        BackupArchive.extractPayload(file, manifest, payload);

        byte[] bytes = Files.readAllBytes(payload);
        bytes[bytes.length / 2] ^= 0x5A;
        Path flipped = dir.resolve("flipped.mv.db");
        Files.write(flipped, bytes);
        Path tampered = dir.resolve("tampered.zip");
        BackupArchive.write(tampered, manifest, flipped);
        assertThatThrownBy(() -> BackupService.inspect(folder(), tampered))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("backup.checksumMismatch");

        BackupManifest lying = new BackupManifest(manifest.format(), manifest.formatVersion(), manifest.appVersion(),
                manifest.schemaVersion(), manifest.h2Version(), manifest.createdAt(), manifest.kind(), manifest.commune(),
                Map.of("documents", 99L, "tasks", 4L, "activities", 0L, "units", manifest.count("units")), manifest.payload(),
                manifest.attachments());
        Path lies = dir.resolve("lies.zip");
        BackupArchive.write(lies, lying, payload);
        assertThatThrownBy(() -> BackupService.inspect(folder(), lies))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("backup.contentMismatch");
    }

    @Test
    void filesThatAreNotBackupsGetAClearMessage() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "không phải zip");
        Path otherZip = dir.resolve("photos.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            zip.putNextEntry(new ZipEntry("../../evil.txt"));
            zip.write("x".getBytes());
        }
        for (Path file : List.of(text, otherZip)) {
            assertThatThrownBy(() -> BackupService.inspect(folder(), file))
                    .extracting(e -> ((AppException) e).messageKey()).isEqualTo("backup.notABackup");
        }
        assertThatThrownBy(() -> BackupService.inspect(folder(), dir.resolve("gone.zip")))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("backup.missing");
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    }

    private vn.cchcdesk.store.DataFolder folder() {
        return vn.cchcdesk.store.DataFolder.prepare(dir.resolve("inspect"));
    }

    private static void usbFolder(Path usb) {
        try {
            Files.createDirectories(usb);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
