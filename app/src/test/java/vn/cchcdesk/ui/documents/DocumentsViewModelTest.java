package vn.cchcdesk.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.document.ChainNode;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentListing;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingFilter;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.document.Recipient;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.common.UiContext;

/** The register and the document form, with work run at once on a real database. */
class DocumentsViewModelTest {

    @TempDir
    Path dir;
    private App app;
    private final List<String> said = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private UiContext ui;
    private DocumentsViewModel register;

    @BeforeEach
    void open() {
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
        app.settings().saveCommune(ShellTestSupport.DINH_TAN);
        ui = ShellTestSupport.context(said);
        register = new DocumentsViewModel(app.documents(), app.attachments(), opened::add, ui);
        register.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private DocumentFormViewModel form() {
        return new DocumentFormViewModel(app.documents(), ui,
                new DocumentFormViewModel.Context(app.catalog().units(), app.catalog().bodies(), app.settings().commune()));
    }

    /** Fills the form for the province's letter, as a clerk types it. */
    private DocumentFormViewModel provinceLetter() {
        DocumentFormViewModel form = form();
        form.startNew(Direction.IN);
        form.fields().numberProperty().set("1478/SNV-CCHC&VTTLT");
        form.fields().issueDateProperty().set("24/3/2026");
        form.fields().issuerProperty().set("Sở Nội vụ");
        form.fields().summaryProperty().set("V/v đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính");
        form.fields().addresseesProperty().set("UBND các xã, phường");
        return form;
    }

    private Document save(DocumentFormViewModel form) {
        List<Document> saved = new ArrayList<>();
        form.save(false, saved::add);
        assertThat(form.errors().map()).isEmpty();
        assertThat(saved).hasSize(1);
        register.saved(saved.get(0).id());
        return saved.get(0);
    }

    @Test
    void aNewIncomingDocumentArrivesTodayWithTheNextFreeNumber() {
        DocumentFormViewModel form = provinceLetter();
        assertThat(form.fields().arrivalDateProperty().get()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(form.fields().arrivalNumberProperty().get()).isEqualTo("1");
        assertThat(form.fields().symbolProperty().get()).as("the pasted number was split").isEqualTo("SNV-CCHC&VTTLT");
        assertThat(form.fields().numberProperty().get()).isEqualTo("1478");
        Document saved = save(form);

        assertThat(saved.number().format()).isEqualTo("1478/SNV-CCHC&VTTLT");
        assertThat(saved.register().arrivalNumber()).isEqualTo(1);
        assertThat(said).containsExactly("Đã lưu Công văn 1478/SNV-CCHC&VTTLT.");
        assertThat(register.rows()).extracting(DocumentListing::numberText).containsExactly("1478/SNV-CCHC&VTTLT");
        assertThat(register.selectedProperty().get().id()).isEqualTo(saved.id());
        assertThat(register.currentProperty().get().summary()).startsWith("V/v đẩy mạnh");

        DocumentFormViewModel next = form();
        next.startNew(Direction.IN);
        assertThat(next.fields().arrivalNumberProperty().get()).isEqualTo("2");
        next.fields().arrivalDateProperty().set(LocalDate.of(2027, 1, 3));
        assertThat(next.fields().arrivalNumberProperty().get()).as("numbering restarts each year").isEqualTo("1");
        next.fields().arrivalNumberProperty().set("7");
        next.fields().arrivalDateProperty().set(LocalDate.of(2026, 12, 30));
        assertThat(next.fields().arrivalNumberProperty().get()).as("a number the clerk typed stays").isEqualTo("7");
    }

    @Test
    void badInputIsShownBesideItsFieldsAndNothingIsSaved() {
        DocumentFormViewModel form = form();
        form.startNew(Direction.IN);
        form.fields().numberProperty().set("12a");
        form.fields().issueDateProperty().set("31/02/2026");
        form.fields().arrivalNumberProperty().set("một");
        form.save(false, d -> { });
        assertThat(form.errors().map()).containsOnlyKeys("number", "issueDate", "arrivalNumber", "summary");
        assertThat(form.errors().get("issueDate")).startsWith("Ghi ngày theo dạng dd/mm/yyyy");

        DocumentFormViewModel taken = provinceLetter();
        save(taken);
        DocumentFormViewModel second = provinceLetter();
        second.fields().numberProperty().set("20/SNV");
        second.fields().arrivalNumberProperty().set("1");
        second.save(false, d -> { });
        assertThat(second.errors().get("arrivalNumber"))
                .isEqualTo("Số đến 1 của năm 2026 đã dùng cho văn bản khác; số tiếp theo còn trống là 2.");
        assertThat(app.documents().count(register.query())).isEqualTo(1);
    }

    @Test
    void aDuplicateWaitsForTheClerksConfirmation() {
        save(provinceLetter());
        DocumentFormViewModel again = provinceLetter();
        assertThat(again.possibleDuplicates()).as("flagged while typing").extracting(DocumentRef::label)
                .containsExactly("Công văn 1478/SNV-CCHC&VTTLT");
        again.fields().issuerProperty().set("Bộ Nội vụ");
        assertThat(again.possibleDuplicates()).as("another issuer's 1478 is another document").isEmpty();
        again.fields().issuerProperty().set("sở nội vụ");
        List<Document> saved = new ArrayList<>();

        again.save(false, saved::add);
        assertThat(saved).isEmpty();
        assertThat(again.duplicates()).extracting(DocumentRef::label).containsExactly("Công văn 1478/SNV-CCHC&VTTLT");

        again.save(true, saved::add);
        assertThat(saved).hasSize(1);
        assertThat(app.documents().list(register.query(), 10)).hasSize(2);
    }

    @Test
    void theCommunesOwnDocumentGetsItsIssuerSymbolAndRecipientsFromTheCatalogue() {
        DocumentFormViewModel form = form();
        form.startNew(Direction.OUT);
        assertThat(form.fields().issuerProperty().get()).isEqualTo("Ủy ban nhân dân xã Định Tân");
        assertThat(form.fields().symbolProperty().get()).isEqualTo("UBND-VHXH");
        form.fields().typeProperty().set(DocumentType.KE_HOACH);
        assertThat(form.fields().symbolProperty().get()).isEqualTo("KH-UBND");
        assertThat(form.fields().arrivalNumberProperty().get()).isEmpty();
        form.fields().issueDateProperty().set("../05/2026");
        form.fields().summaryProperty().set("Kế hoạch tuyên truyền cải cách hành chính năm 2026");
        form.fields().copiesProperty().set("- Phòng văn hoá - xã hội;\n- Lưu: VT, VHXH.");
        Document saved = save(form);

        assertThat(saved.number().number()).as("a draft keeps its number blank").isNull();
        assertThat(saved.issueDate().month()).isEqualTo(5);
        assertThat(saved.issueDate().day()).isNull();
        long vhxh = app.catalog().units().stream().filter(u -> "VHXH".equals(u.shortName())).findFirst().orElseThrow().id();
        assertThat(saved.recipients(RecipientKind.COPY)).extracting(Recipient::unitId, Recipient::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(vhxh, "Phòng văn hoá - xã hội"),
                        org.assertj.core.groups.Tuple.tuple(null, "Lưu: VT, VHXH"));
    }

    @Test
    void searchIsAccentFreeAndFiltersNarrowTheList() {
        save(provinceLetter());
        DocumentFormViewModel plan = form();
        plan.startNew(Direction.OUT);
        plan.fields().typeProperty().set(DocumentType.KE_HOACH);
        plan.fields().numberProperty().set("42");
        plan.fields().issueDateProperty().set("05/05/2026");
        plan.fields().summaryProperty().set("Tuyên truyền năm 2026 trên địa bàn xã Định Tân");
        plan.fields().handlingDeadlineProperty().set(LocalDate.of(2026, 5, 1));
        save(plan);

        register.searchProperty().set("cai cach");
        assertThat(register.rows()).extracting(DocumentListing::numberText).containsExactly("1478/SNV-CCHC&VTTLT");
        register.searchProperty().set("dinh tan");
        assertThat(register.rows()).extracting(DocumentListing::numberText).containsExactly("42/KH-UBND");
        register.searchProperty().set("1478 snv");
        assertThat(register.rows()).extracting(DocumentListing::numberText).containsExactly("1478/SNV-CCHC&VTTLT");
        register.searchProperty().set("");
        assertThat(register.rows()).hasSize(2);
        assertThat(register.totalProperty().get()).isEqualTo(2);

        register.directionProperty().set(Direction.OUT);
        assertThat(register.rows()).extracting(DocumentListing::numberText).containsExactly("42/KH-UBND");
        register.directionProperty().set(null);
        register.handlingProperty().set(HandlingFilter.OVERDUE);
        assertThat(register.rows()).extracting(DocumentListing::numberText).containsExactly("42/KH-UBND");
        register.clearFilters();
        register.load();
        assertThat(register.types()).containsExactly(DocumentType.CONG_VAN, DocumentType.KE_HOACH);
        assertThat(register.issuers()).containsExactly("Sở Nội vụ", "Ủy ban nhân dân xã Định Tân");
        assertThat(register.years()).containsExactly(2026);
    }

    @Test
    void aCitationWaitingForItsDocumentLinksWhenTheDocumentIsRegisteredThroughTheForm() {
        DocumentFormViewModel plan = form();
        plan.startNew(Direction.OUT);
        plan.fields().typeProperty().set(DocumentType.KE_HOACH);
        plan.fields().numberProperty().set("42");
        plan.fields().issueDateProperty().set("05/05/2026");
        plan.fields().summaryProperty().set("Kế hoạch tuyên truyền");
        plan.fields().citationsProperty().set("Thực hiện Công văn số 1478/SNV-CCHC&VTTLT ngày 24/3/2026 của Sở Nội vụ\n"
                + "Căn cứ tình hình thực tế của địa phương");
        Document saved = save(plan);

        List<ChainNode> cites = register.chainProperty().get().cites();
        assertThat(cites).extracting(n -> n.citation().kind()).containsExactly(CitationKind.IMPLEMENTS, CitationKind.BASIS);
        assertThat(cites).extracting(ChainNode::registered).containsExactly(false, false);
        assertThat(cites.get(0).label()).isEqualTo("Công văn 1478/SNV-CCHC&VTTLT");

        Document letter = save(provinceLetter());
        register.open(saved.id());
        assertThat(register.currentProperty().get().id()).isEqualTo(saved.id());
        ChainNode linked = register.chainProperty().get().cites().get(0);
        assertThat(linked.registered()).isTrue();
        assertThat(linked.document().id()).isEqualTo(letter.id());

        register.open(letter.id());
        assertThat(register.chainProperty().get().citedBy()).extracting(n -> n.document().id()).containsExactly(saved.id());
    }

    @Test
    void openingADocumentHiddenByTheFiltersShowsTheWholeRegister() {
        Document letter = save(provinceLetter());
        register.directionProperty().set(Direction.OUT);
        assertThat(register.rows()).isEmpty();
        register.open(letter.id());
        assertThat(register.directionProperty().get()).isNull();
        assertThat(register.selectedProperty().get().id()).isEqualTo(letter.id());
    }

    @Test
    void filesAreAddedWithTheDocumentOpenedFromACopyAndRemoved() throws Exception {
        Path pdf = Files.writeString(dir.resolve("1478.SNV.signed.pdf"), "%PDF-1.4");
        DocumentFormViewModel form = provinceLetter();
        form.addFiles(List.of(pdf, pdf));
        assertThat(form.files()).hasSize(1);
        Document saved = save(form);

        assertThat(register.files()).extracting(AttachedFile::name).containsExactly("1478.SNV.signed.pdf");
        assertThat(register.rows().get(0).attachmentCount()).isEqualTo(1);
        register.openFile(register.files().get(0));
        assertThat(opened).singleElement().satisfies(path -> {
            assertThat(path.getFileName().toString()).isEqualTo("1478.SNV.signed.pdf");
            assertThat(path).startsWith(dir.resolve("data")).hasContent("%PDF-1.4");
        });

        DocumentFormViewModel edit = form();
        edit.edit(register.currentProperty().get(), register.files());
        assertThat(edit.fields().arrivalNumberProperty().get()).isEqualTo("1");
        edit.removeFile(edit.files().get(0));
        save(edit);
        assertThat(register.files()).isEmpty();
        assertThat(app.documents().filesOf(saved.id())).isEmpty();
    }

    @Test
    void aDocumentMovedToTheTrashLeavesTheRegister() {
        Document saved = save(provinceLetter());
        assertThat(register.selectedProperty().get().id()).isEqualTo(saved.id());
        register.moveSelectedToTrash();
        assertThat(register.rows()).isEmpty();
        assertThat(register.currentProperty().get()).isNull();
        assertThat(said).last().isEqualTo("Đã chuyển Công văn 1478/SNV-CCHC&VTTLT vào thùng rác.");
        assertThat(app.documents().find(saved.id())).isEmpty();
    }

    @Test
    void editingKeepsWhatTheFormDoesNotShow() {
        Document saved = save(provinceLetter());
        DocumentFormViewModel edit = form();
        edit.edit(register.currentProperty().get(), List.of());
        edit.fields().handlingStatusProperty().set(HandlingStatus.DONE);
        edit.fields().notesProperty().set("Đã giao Phòng VHXH");
        Document edited = save(edit);
        assertThat(edited.id()).isEqualTo(saved.id());
        assertThat(edited.register().handlingStatus()).isEqualTo(HandlingStatus.DONE);
        assertThat(edited.register().arrivalNumber()).isEqualTo(1);
        assertThat(register.currentProperty().get().notes()).as("the detail shows what was saved").isEqualTo("Đã giao Phòng VHXH");
    }

    @Test
    void editingADocumentKeepsItsCitationsTheirKindsAndLinks() {
        Document letter = save(provinceLetter());
        DocumentFormViewModel plan = form();
        plan.startNew(Direction.OUT);
        plan.fields().summaryProperty().set("Công văn triển khai");
        plan.fields().citationsProperty().set("Thực hiện Công văn số 1478/SNV-CCHC&VTTLT ngày 24/3/2026 của Sở Nội vụ\n"
                + "Căn cứ tình hình thực tế của địa phương");
        save(plan);
        Document before = register.currentProperty().get();
        assertThat(before.citations()).extracting(c -> c.citedDocumentId()).containsExactly(letter.id(), null);

        DocumentFormViewModel edit = form();
        edit.edit(before, List.of());
        assertThat(edit.fields().citationsProperty().get().split("\n")).containsExactly(
                "Thực hiện Công văn số 1478/SNV-CCHC&VTTLT ngày 24/3/2026 của Sở Nội vụ",
                "Căn cứ tình hình thực tế của địa phương");
        edit.fields().notesProperty().set("sửa ghi chú");
        Document after = save(edit);
        assertThat(after.citations()).isEqualTo(before.citations());
    }

    @Test
    void aMachineWithoutAViewerSaysWhereTheFileIs() throws Exception {
        Path docx = Files.writeString(dir.resolve("ke-hoach.docx"), "kế hoạch");
        DocumentFormViewModel form = provinceLetter();
        form.addFiles(List.of(docx));
        save(form);
        DocumentsViewModel noViewer = new DocumentsViewModel(app.documents(), app.attachments(), file -> {
            throw new java.io.IOException("No application is associated with the file");
        }, ui);
        noViewer.load();
        noViewer.open(register.selectedProperty().get().id());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noViewer.openFile(noViewer.files().get(0)))
                .isInstanceOfSatisfying(vn.cchcdesk.domain.AppException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.files.noViewer");
                    assertThat(e.args()[0].toString()).isEqualTo("ke-hoach.docx");
                });
    }

    @Test
    void theRegisterColumnsOfBothDirectionsAreFilledThroughTheForm() {
        Document letter = save(provinceLetter());
        DocumentFormViewModel answer = form();
        answer.startNew(Direction.OUT);
        answer.fields().numberProperty().set("12");
        answer.fields().issueDateProperty().set("22/05/2026");
        answer.fields().summaryProperty().set("V/v báo cáo kết quả tuyên truyền");
        answer.fields().citationsProperty().set("Thực hiện Công văn số 1478/SNV-CCHC&VTTLT ngày 24/3/2026 của Sở Nội vụ");
        answer.fields().copiesCountProperty().set("6");
        answer.fields().archiveHolderProperty().set("Văn thư; Phòng VHXH");
        answer.fields().transferredOnProperty().set(LocalDate.of(2026, 5, 23));
        answer.fields().arrivalNumberProperty().set("9");
        Document sent = save(answer);
        assertThat(sent.register().copiesCount()).isEqualTo(6);
        assertThat(sent.register().archiveHolder()).isEqualTo("Văn thư; Phòng VHXH");
        assertThat(sent.register().transferredOn()).isEqualTo(LocalDate.of(2026, 5, 23));
        assertThat(sent.register().arrivalNumber()).as("an outgoing document has no arrival number").isNull();

        List<DocumentRef> candidates = app.documents().replyCandidates(letter.id(), 50);
        assertThat(candidates).as("the answer cites the letter: offered first").first().satisfies(r -> assertThat(r.id()).isEqualTo(sent.id()));
        DocumentFormViewModel followUp = new DocumentFormViewModel(app.documents(), ui, new DocumentFormViewModel.Context(app.catalog().units(),
                app.catalog().bodies(), app.settings().commune(), candidates));
        followUp.edit(app.documents().find(letter.id()).orElseThrow(), List.of());
        followUp.fields().handlerProperty().set("Phòng Văn hóa - Xã hội");
        followUp.fields().transferredOnProperty().set(LocalDate.of(2026, 5, 21));
        followUp.fields().replyProperty().set(candidates.get(0));
        followUp.fields().copiesCountProperty().set("3");
        Document followed = save(followUp);
        assertThat(followed.register().handler()).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(followed.register().transferredOn()).isEqualTo(LocalDate.of(2026, 5, 21));
        assertThat(followed.register().replyDocumentId()).isEqualTo(sent.id());
        assertThat(followed.register().copiesCount()).as("copies belong to outgoing documents").isNull();

        DocumentFormViewModel again = new DocumentFormViewModel(app.documents(), ui, new DocumentFormViewModel.Context(app.catalog().units(),
                app.catalog().bodies(), app.settings().commune(), app.documents().replyCandidates(letter.id(), 50)));
        again.edit(followed, List.of());
        assertThat(again.fields().replyProperty().get().id()).isEqualTo(sent.id());
        assertThat(again.fields().transferredOnProperty().get()).isEqualTo(LocalDate.of(2026, 5, 21));

        DocumentFormViewModel bad = form();
        bad.startNew(Direction.OUT);
        bad.fields().summaryProperty().set("Kế hoạch");
        bad.fields().copiesCountProperty().set("mười");
        bad.save(false, d -> { });
        assertThat(bad.errors().get("copiesCount")).isEqualTo("Phải là một số nguyên.");
    }
}
