package vn.cchcdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.attachment.AttachmentOwner;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.attachment.AttachmentStore;
import vn.cchcdesk.store.attachment.StagedFile;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.ui.ShellTestSupport;

/** Files copied into the data folder, stored once per content, and removed only when nothing uses them. */
class AttachmentStoreTest {

    @TempDir
    Path dir;
    private Path data;
    private Path outside;
    private App app;
    private AttachmentStore store;

    @BeforeEach
    void open() throws IOException {
        data = dir.resolve("data");
        outside = Files.createDirectories(dir.resolve("desktop"));
        app = App.open(data, ShellTestSupport.CLOCK);
        store = app.attachments();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long newDocument(String number) {
        Document saved = app.documents().save(DocumentServiceTest.incoming(number, 2, 3,
                app.documents().proposeArrivalNumber(2026), LocalDate.of(2026, 3, 5), "Sở Nội vụ"));
        return saved.id();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(outside.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(data.resolve("attachments"))) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains(".open"))
                    .toList();
        }
    }

    @Test
    void aFileIsCopiedUnderItsHashAndListedUnderItsName() throws Exception {
        long doc = newDocument("12/SNV");
        Path original = file("Công văn 1478-SNV.pdf", "%PDF-1.4 nội dung công văn");
        byte[] bytes = Files.readAllBytes(original);

        List<AttachedFile> files = store.attach(AttachmentOwner.DOCUMENT, doc, List.of(original));

        String sha = sha256(bytes);
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Công văn 1478-SNV.pdf");
            assertThat(f.sha256()).isEqualTo(sha);
            assertThat(f.sizeBytes()).isEqualTo(bytes.length);
            assertThat(f.mediaType()).isEqualTo("application/pdf");
            assertThat(f.extension()).isEqualTo("pdf");
        });
        Path stored = data.resolve("attachments").resolve(sha.substring(0, 2)).resolve(sha);
        assertThat(stored).hasBinaryContent(bytes);
        assertThat(store.storedFile(files.get(0).attachmentId())).isEqualTo(stored);
        assertThat(original).as("the clerk's own file stays where it was").hasBinaryContent(bytes);
        assertThat(storedFiles()).containsExactly(stored);
        assertThat(new AuditLog(app.database().dsl()).history("document_attachment", doc)).hasSize(1);
    }

    @Test
    void theSameContentIsStoredOnceWhateverItsNames() throws Exception {
        long first = newDocument("12/SNV");
        long second = newDocument("13/SNV");
        Path a = file("ke-hoach.docx", "cùng một nội dung");
        Path b = file("Kế hoạch (bản sao).docx", "cùng một nội dung");

        store.attach(AttachmentOwner.DOCUMENT, first, List.of(a));
        store.attach(AttachmentOwner.DOCUMENT, second, List.of(b));
        store.attach(AttachmentOwner.DOCUMENT, second, List.of(a));

        assertThat(app.database().dsl().fetchCount(ATTACHMENT)).isEqualTo(1);
        assertThat(storedFiles()).hasSize(1);
        assertThat(store.filesOf(AttachmentOwner.DOCUMENT, first)).extracting(AttachedFile::name).containsExactly("ke-hoach.docx");
        assertThat(store.filesOf(AttachmentOwner.DOCUMENT, second)).extracting(AttachedFile::name)
                .containsExactly("Kế hoạch (bản sao).docx");
    }

    @Test
    void aFileLeavesTheDiskOnlyWhenNoDocumentOrActivityUsesIt() throws Exception {
        long first = newDocument("12/SNV");
        long second = newDocument("13/SNV");
        long activity = newActivity();
        Path scan = file("anh-hoi-nghi.jpg", "ảnh chụp hội nghị");
        long id = store.attach(AttachmentOwner.DOCUMENT, first, List.of(scan)).get(0).attachmentId();
        store.attach(AttachmentOwner.DOCUMENT, second, List.of(scan));
        store.attach(AttachmentOwner.ACTIVITY, activity, List.of(scan));
        Path stored = store.storedFile(id);

        store.detach(AttachmentOwner.DOCUMENT, first, id);
        assertThat(stored).exists();
        store.detach(AttachmentOwner.DOCUMENT, second, id);
        assertThat(stored).as("the activity still shows it as evidence").exists();
        assertThat(store.filesOf(AttachmentOwner.ACTIVITY, activity)).hasSize(1);

        store.detach(AttachmentOwner.ACTIVITY, activity, id);
        assertThat(stored).doesNotExist();
        assertThat(app.database().dsl().fetchCount(ATTACHMENT)).isZero();
        assertThatThrownBy(() -> store.storedFile(id)).isInstanceOf(AppException.class);
    }

    @Test
    void aDocumentInTheTrashKeepsItsFilesUntilItIsPurged() throws Exception {
        long doc = newDocument("12/SNV");
        long id = store.attach(AttachmentOwner.DOCUMENT, doc, List.of(file("a.pdf", "nội dung"))).get(0).attachmentId();
        Path stored = store.storedFile(id);

        app.documents().moveToTrash(doc);
        assertThat(store.deleteUnreferenced()).isZero();
        assertThat(stored).as("the document can come back from the trash").exists();

        app.database().dsl().deleteFrom(DOCUMENT).where(DOCUMENT.ID.eq(doc)).execute();
        assertThat(store.deleteUnreferenced()).isEqualTo(1);
        assertThat(stored).doesNotExist();
    }

    @Test
    void aFailedTransactionTakesBackTheFilesItMovedIn() throws Exception {
        long doc = newDocument("12/SNV");
        StagedFile staged = store.stage(file("bao-cao.xlsx", "bảng số liệu"));
        assertThatThrownBy(() -> store.withFiles(batch -> {
            batch.link(AttachmentOwner.DOCUMENT, doc, staged);
            throw new IllegalStateException("the save failed after the file was linked");
        })).isInstanceOf(IllegalStateException.class);
        staged.discard();

        assertThat(app.database().dsl().fetchCount(ATTACHMENT)).isZero();
        assertThat(store.filesOf(AttachmentOwner.DOCUMENT, doc)).isEmpty();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void unlinkingAndLinkingTheSameContentInOneChangeKeepsTheFile() throws Exception {
        long doc = newDocument("12/SNV");
        Path original = file("to-trinh.docx", "tờ trình");
        long id = store.attach(AttachmentOwner.DOCUMENT, doc, List.of(original)).get(0).attachmentId();
        StagedFile again = store.stage(file("to-trinh-sua.docx", "tờ trình"));

        store.withFiles(batch -> {
            batch.unlink(AttachmentOwner.DOCUMENT, doc, id);
            return batch.link(AttachmentOwner.DOCUMENT, doc, again);
        });
        again.discard();

        List<AttachedFile> files = store.filesOf(AttachmentOwner.DOCUMENT, doc);
        assertThat(files).extracting(AttachedFile::name).containsExactly("to-trinh-sua.docx");
        assertThat(store.storedFile(files.get(0).attachmentId())).hasContent("tờ trình");
    }

    @Test
    void aLargeFileIsHashedWhileStreamed() throws Exception {
        long doc = newDocument("12/SNV");
        Path video = outside.resolve("phong-su.mp4");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Random random = new Random(42);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(video)) {
            for (int i = 0; i < 12; i++) {
                random.nextBytes(chunk);
                sha.update(chunk);
                out.write(chunk);
            }
        }
        AttachedFile file = store.attach(AttachmentOwner.DOCUMENT, doc, List.of(video)).get(0);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(sha.digest()));
        assertThat(file.sizeBytes()).isEqualTo(12L << 20);
        assertThat(Files.mismatch(video, store.storedFile(file.attachmentId()))).isEqualTo(-1);
    }

    @Test
    void aFileOverTheLimitIsRefusedByNameAndNothingIsWritten() throws Exception {
        AttachmentStore small = new AttachmentStore(app.folder(), app.database().dsl(), app.audit(), ShellTestSupport.CLOCK, 1024 * 1024);
        long doc = newDocument("12/SNV");
        Path big = outside.resolve("ban-scan.pdf");
        Files.write(big, new byte[3 * 1024 * 1024 / 2]);

        assertThatThrownBy(() -> small.attach(AttachmentOwner.DOCUMENT, doc, List.of(file("nho.txt", "nhỏ"), big)))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(Messages.get(e.messageKey(), e.args()))
                        .isEqualTo("Tệp \"ban-scan.pdf\" quá lớn (1,5 MB); mỗi tệp đính kèm tối đa 1 MB. "
                                + "Hãy nén, chia nhỏ hoặc chụp lại với độ phân giải thấp hơn."));
        assertThat(app.database().dsl().fetchCount(ATTACHMENT)).isZero();
        assertThat(storedFiles()).as("the small file staged first was discarded too").isEmpty();
    }

    @Test
    void missingFilesAndFoldersAreRefusedWithTheirPath() throws IOException {
        Path missing = outside.resolve("khong-co.pdf");
        assertThatThrownBy(() -> store.stage(missing))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("attachments.sourceMissing");
                    assertThat(e.args()).containsExactly(missing);
                });
        assertThatThrownBy(() -> store.stage(outside))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("attachments.notAFile"));
    }

    @Test
    void aStoredPathLeadingOutsideTheDataFolderIsRefused() throws Exception {
        long doc = newDocument("12/SNV");
        long id = store.attach(AttachmentOwner.DOCUMENT, doc, List.of(file("a.pdf", "a"))).get(0).attachmentId();
        Files.writeString(dir.resolve("secret.txt"), "không được mở");
        for (String tampered : List.of("../secret.txt", "cchc-desk.mv.db", "attachments/../../secret.txt")) {
            app.database().dsl().update(ATTACHMENT).set(ATTACHMENT.STORED_PATH, tampered).where(ATTACHMENT.ID.eq(id)).execute();
            assertThatThrownBy(() -> store.storedFile(id)).as(tampered)
                    .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("data.folder.outside"));
        }
    }

    @Test
    void aStagedFileMustComeFromTheIncomingArea() throws Exception {
        long doc = newDocument("12/SNV");
        Path clerks = file("cua-toi.pdf", "của tôi");
        StagedFile forged = new StagedFile(clerks, sha256(Files.readAllBytes(clerks)), 7, "cua-toi.pdf", "application/pdf");
        assertThatThrownBy(() -> store.withFiles(batch -> batch.link(AttachmentOwner.DOCUMENT, doc, forged)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(clerks).exists();
    }

    @Test
    void theViewerGetsAReadOnlyCopyNamedAsTheClerkKnowsIt() throws Exception {
        long doc = newDocument("12/SNV");
        AttachedFile file = store.attach(AttachmentOwner.DOCUMENT, doc, List.of(file("Kế hoạch: số 42?.docx", "kế hoạch"))).get(0);

        Path copy = store.viewableCopy(file.attachmentId(), file.name());

        assertThat(copy.getFileName().toString()).isEqualTo("Kế hoạch_ số 42_.docx");
        assertThat(copy).hasContent("kế hoạch").startsWith(data.resolve("attachments"));
        assertThat(readOnly(copy)).isTrue();
        assertThat(store.viewableCopy(file.attachmentId(), file.name())).isEqualTo(copy);
    }

    @Test
    void leftoversOfAnInterruptedCopyAreClearedOnTheNextStart() throws Exception {
        StagedFile staged = store.stage(file("dang-chep.pdf", "đang chép"));
        assertThat(staged.temp()).exists();
        new AttachmentStore(app.folder(), app.database().dsl(), app.audit(), ShellTestSupport.CLOCK);
        assertThat(staged.temp()).doesNotExist();
    }

    /** The file's own read-only mark (Files.isWritable says true to root whatever the mark). */
    private static boolean readOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        }
        return Files.readAttributes(file, java.nio.file.attribute.DosFileAttributes.class).isReadOnly();
    }

    private long newActivity() {
        var dsl = app.database().dsl();
        long unit = app.catalog().units().get(0).id();
        long form = app.catalog().forms().get(0).id();
        return dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.ACTIVITY_DATE, LocalDate.of(2026, 3, 10))
                .set(ACTIVITY.UNIT_ID, unit)
                .set(ACTIVITY.FORM_ID, form)
                .set(ACTIVITY.TITLE, "Hội nghị tuyên truyền CCHC")
                .returningResult(ACTIVITY.ID)
                .fetchOne(ACTIVITY.ID);
    }
}
