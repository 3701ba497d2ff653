package vn.cchcdesk.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.cchcdesk.store.jooq.Tables.ATTACHMENT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.attachment.AttachmentOwner;
import vn.cchcdesk.domain.document.DocumentQuery;

/**
 * Files attached with names the clerk's file manager allows and other systems do not (the
 * attachment list, the viewer's copy): stored by content, listed NFC, opened from a copy whose
 * name every OS accepts, always inside the data folder.
 */
class OddAttachmentNamesTest extends BadInputFixture {

    private static final List<String> NAMES = List.of(" .pdf", "con.pdf", "a\\..\\..\\b.pdf", "dòng\nmới.pdf", "tab\tten.docx",
            "*?<>|:.pdf", "-rf.pdf", ".an", "...", "ưu tiên ".repeat(20).strip() + ".pdf",
            Normalizer.normalize("Quyết định số 12.pdf", Normalizer.Form.NFD));

    private long documentId() {
        return app.documents().list(DocumentQuery.all(), 1).get(0).id();
    }

    @Test
    void oddNamesAreKeptForTheListAndMadeSafeForTheViewer() throws Exception {
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            sources.add(Files.writeString(in.resolve(NAMES.get(i)), "nội dung " + i));
        }
        List<AttachedFile> files = app.attachments().attach(AttachmentOwner.DOCUMENT, documentId(), sources);
        assertThat(files).hasSize(NAMES.size());
        assertThat(files).extracting(AttachedFile::name).contains("Quyết định số 12.pdf")
                .allSatisfy(n -> assertThat(Normalizer.isNormalized(n, Normalizer.Form.NFC)).isTrue());
        Path store = data.resolve("attachments").toRealPath();
        for (AttachedFile file : files) {
            Path copy = app.attachments().viewableCopy(file.attachmentId(), file.name());
            assertThat(copy.toRealPath()).startsWith(store);
            assertThat(copy.getFileName().toString()).doesNotContainPattern("[\\\\/:*?\"<>|\\p{Cntrl}]")
                    .doesNotStartWith(".").doesNotStartWith(" ");
            assertThat(Files.readString(copy)).startsWith("nội dung ");
        }
    }

    @Test
    void aNameTooLongForThisDiskStillOpens() throws Exception {
        // a name from a Windows machine (255 UTF-16 units) is up to 765 bytes in UTF-8; Linux allows 255
        Path source = Files.writeString(in.resolve("ke-hoach.pdf"), "kế hoạch");
        AttachedFile file = app.attachments().attach(AttachmentOwner.DOCUMENT, documentId(), List.of(source)).get(0);
        String windowsName = "Kế hoạch Ủy ban ".repeat(2) + "ưỡ".repeat(90) + ".pdf";
        app.database().dsl().transaction(() -> app.database().dsl().update(ATTACHMENT)
                .set(ATTACHMENT.ORIGINAL_NAME, windowsName).where(ATTACHMENT.ID.eq(file.attachmentId())).execute());
        Path copy = app.attachments().viewableCopy(file.attachmentId(), windowsName);
        assertThat(copy.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(copy.getFileName().toString()).endsWith(".pdf");
        assertThat(Files.readString(copy)).isEqualTo("kế hoạch");
    }

    @Test
    void aFolderOrAMissingFileIsRefusedByName() throws Exception {
        Path folder = Files.createDirectories(in.resolve("thu-muc.pdf"));
        assertClear(catchThrowable(() -> app.attachments().attach(AttachmentOwner.DOCUMENT, documentId(), List.of(folder))),
                "thu-muc.pdf");
        Path missing = in.resolve("khong-co.pdf");
        assertClear(catchThrowable(() -> app.attachments().attach(AttachmentOwner.DOCUMENT, documentId(), List.of(missing))),
                "khong-co.pdf");
        assertUnchanged();
    }
}
