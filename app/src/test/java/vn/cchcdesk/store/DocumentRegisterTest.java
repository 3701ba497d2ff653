package vn.cchcdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.jooq.Tables.ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.CITATION;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.document.ChainNode;
import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.CitationChain;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentListing;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingFilter;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.store.document.DocumentService.FileChanges;
import vn.cchcdesk.ui.ShellTestSupport;

/** The register's reads (list, filters, accent-free search, chain) and a document saved with its files. */
class DocumentRegisterTest {

    @TempDir
    Path dir;
    private App app;

    @BeforeEach
    void open() {
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        app.close();
    }

    static Document document(Direction direction, DocumentType type, String number, PartialDate date, String issuer,
                             String summary, RegisterEntry entry, String fullText, Citation... citations) {
        return new Document(null, direction, type, number == null ? null : DocumentNumber.parse(number).orElseThrow(), date,
                null, null, issuer, summary, Signer.unknown(), List.of(), List.of(citations), entry, fullText, null);
    }

    static Citation cites(CitationKind kind, DocumentType type, String number, PartialDate date, String issuer) {
        return new Citation(kind, null, type, DocumentNumber.parse(number).orElseThrow(), date, issuer,
                type.fullName() + " số " + number + " ngày " + date.format() + " của " + issuer);
    }

    private List<String> found(DocumentQuery query) {
        return app.documents().list(query, 100).stream().map(DocumentListing::numberText).toList();
    }

    private static DocumentQuery text(String text) {
        return new DocumentQuery(null, null, null, null, null, text);
    }

    @Test
    void searchIgnoresAccentsAndFindsNumbersSummariesAndFullTexts() {
        app.documents().save(document(Direction.IN, DocumentType.CONG_VAN, "1478/SNV-CCHC&VTTLT", new PartialDate(24, 3, 2026),
                "Sở Nội vụ", "đẩy mạnh thông tin, tuyên truyền cải cách hành chính", RegisterEntry.arrived(1, LocalDate.of(2026, 3, 26)),
                "Kính gửi: UBND các xã, phường"));
        app.documents().save(document(Direction.OUT, DocumentType.KE_HOACH, "42/KH-UBND", new PartialDate(5, 4, 2026),
                "Ủy ban nhân dân xã Định Tân", "tuyên truyền năm 2026", RegisterEntry.empty(), "… đài truyền thanh xã phát 02 lần/tháng …"));

        assertThat(found(text("cai cach"))).containsExactly("1478/SNV-CCHC&VTTLT");
        assertThat(found(text("dinh tan"))).containsExactly("42/KH-UBND");
        assertThat(found(text("1478 snv"))).containsExactly("1478/SNV-CCHC&VTTLT");
        assertThat(found(text("SNV 1478"))).as("word order is free").containsExactly("1478/SNV-CCHC&VTTLT");
        assertThat(found(text("dai truyen thanh"))).as("the full text").containsExactly("42/KH-UBND");
        assertThat(found(text("Tuyên   truyền"))).containsExactly("42/KH-UBND", "1478/SNV-CCHC&VTTLT");
        assertThat(found(text("100%"))).as("a typed % is a character, not a wildcard").isEmpty();
        assertThat(found(text("ke hoach 42"))).as("the type's name").containsExactly("42/KH-UBND");
    }

    @Test
    void filtersByDirectionTypeIssuerYearAndHandling() {
        app.documents().save(document(Direction.IN, DocumentType.CONG_VAN, "10/SNV", new PartialDate(2, 1, 2026), "Sở Nội vụ",
                "a", new RegisterEntry(1, LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 2, 1), HandlingStatus.IN_PROGRESS,
                        null, null, null, null), null));
        app.documents().save(document(Direction.IN, DocumentType.QUYET_DINH, "15/QĐ-BNV", new PartialDate(30, 12, 2025), "Bộ Nội vụ",
                "b", new RegisterEntry(2, LocalDate.of(2026, 1, 6), null, LocalDate.of(2026, 12, 1), HandlingStatus.PENDING,
                        null, null, null, null), null));
        app.documents().save(document(Direction.OUT, DocumentType.KE_HOACH, "42/KH-UBND", new PartialDate(null, 3, 2025),
                "Ủy ban nhân dân xã Định Tân", "c", RegisterEntry.empty(), null));

        assertThat(found(new DocumentQuery(Direction.IN, null, null, null, null, ""))).as("by arrival number, newest first")
                .containsExactly("15/QĐ-BNV", "10/SNV");
        assertThat(found(new DocumentQuery(null, DocumentType.KE_HOACH, null, null, null, ""))).containsExactly("42/KH-UBND");
        assertThat(found(new DocumentQuery(null, null, "Bộ Nội vụ", null, null, ""))).containsExactly("15/QĐ-BNV");
        assertThat(found(new DocumentQuery(null, null, null, 2025, null, ""))).as("issued in 2025, or arrived then")
                .containsExactly("15/QĐ-BNV", "42/KH-UBND");
        assertThat(found(new DocumentQuery(null, null, null, null, HandlingFilter.OVERDUE, ""))).as("today is 20/05/2026")
                .containsExactly("10/SNV");
        assertThat(found(new DocumentQuery(null, null, null, null, HandlingFilter.IN_PROGRESS, ""))).containsExactly("10/SNV");
        assertThat(app.documents().count(new DocumentQuery(Direction.IN, null, null, null, null, "ban"))).isZero();

        var facets = app.documents().facets();
        assertThat(facets.types()).containsExactly(DocumentType.CONG_VAN, DocumentType.KE_HOACH, DocumentType.QUYET_DINH);
        assertThat(facets.issuers()).containsExactly("Bộ Nội vụ", "Sở Nội vụ", "Ủy ban nhân dân xã Định Tân");
        assertThat(facets.years()).containsExactly(2026, 2025);
    }

    @Test
    void trashedDocumentsLeaveTheListAndTheFacets() {
        Document saved = app.documents().save(document(Direction.OUT, DocumentType.BAO_CAO, "7/BC-UBND", new PartialDate(1, 4, 2026),
                "UBND xã", "báo cáo quý I", RegisterEntry.empty(), null));
        app.documents().moveToTrash(saved.id());
        assertThat(found(DocumentQuery.all())).isEmpty();
        assertThat(app.documents().facets().types()).isEmpty();
    }

    @Test
    void theChainGoesUpToTheMinistryAndDownToTheCommuneLetters() {
        PartialDate march31 = new PartialDate(31, 3, 2026);
        Document ministry = app.documents().save(document(Direction.IN, DocumentType.QUYET_DINH, "367/QĐ-BNV", march31, "Bộ Nội vụ",
                "kế hoạch tuyên truyền CCHC giai đoạn 2026-2030", RegisterEntry.arrived(1, LocalDate.of(2026, 4, 2)), null));
        Document province = app.documents().save(document(Direction.IN, DocumentType.CONG_VAN, "1478/SNV-CCHC&VTTLT",
                new PartialDate(24, 4, 2026), "Sở Nội vụ", "triển khai", RegisterEntry.arrived(2, LocalDate.of(2026, 4, 25)), null,
                cites(CitationKind.BASIS, DocumentType.QUYET_DINH, "367/QĐ-BNV", march31, "Bộ Nội vụ"),
                cites(CitationKind.BASIS, DocumentType.KE_HOACH, "99/KH-UBND", new PartialDate(1, 1, 2026), "UBND tỉnh")));
        Document plan = app.documents().save(document(Direction.OUT, DocumentType.KE_HOACH, "42/KH-UBND", new PartialDate(5, 5, 2026),
                "UBND xã Định Tân", "kế hoạch của xã", RegisterEntry.empty(), null,
                cites(CitationKind.IMPLEMENTS, DocumentType.CONG_VAN, "1478/SNV-CCHC&VTTLT", new PartialDate(24, 4, 2026), "Sở Nội vụ")));
        Document letter = app.documents().save(document(Direction.OUT, DocumentType.CONG_VAN, "50/UBND-VHXH", new PartialDate(6, 5, 2026),
                "UBND xã Định Tân", "giao nhiệm vụ", RegisterEntry.empty(), null,
                cites(CitationKind.IMPLEMENTS, DocumentType.KE_HOACH, "42/KH-UBND", new PartialDate(5, 5, 2026), "UBND xã")));

        CitationChain chain = app.documents().chainOf(province.id());
        assertThat(chain.cites()).extracting(ChainNode::label).containsExactly("Quyết định 367/QĐ-BNV", "Kế hoạch 99/KH-UBND");
        assertThat(chain.cites()).extracting(ChainNode::registered).containsExactly(true, false);
        assertThat(chain.cites().get(0).document().id()).isEqualTo(ministry.id());
        assertThat(chain.citedBy()).singleElement().satisfies(node -> {
            assertThat(node.document().id()).isEqualTo(plan.id());
            assertThat(node.citation().kind()).isEqualTo(CitationKind.IMPLEMENTS);
            assertThat(node.children()).extracting(n -> n.document().id()).containsExactly(letter.id());
        });

        CitationChain fromLetter = app.documents().chainOf(letter.id());
        ChainNode up = fromLetter.cites().get(0);
        assertThat(up.label()).isEqualTo("Kế hoạch 42/KH-UBND");
        assertThat(up.children().get(0).label()).isEqualTo("Công văn 1478/SNV-CCHC&VTTLT");
        assertThat(up.children().get(0).children().get(0).document().id()).as("up to the ministry").isEqualTo(ministry.id());
        assertThat(fromLetter.citedBy()).isEmpty();
    }

    @Test
    void aCycleIsShownOnceAndNotFollowed() {
        Document plan = app.documents().save(document(Direction.OUT, DocumentType.KE_HOACH, "42/KH-UBND", new PartialDate(5, 5, 2026),
                "UBND xã", "kế hoạch", RegisterEntry.empty(), null,
                cites(CitationKind.IMPLEMENTS, DocumentType.CONG_VAN, "50/UBND-VHXH", new PartialDate(6, 5, 2026), "UBND xã")));
        Document letter = app.documents().save(document(Direction.OUT, DocumentType.CONG_VAN, "50/UBND-VHXH", new PartialDate(6, 5, 2026),
                "UBND xã", "công văn", RegisterEntry.empty(), null,
                cites(CitationKind.IMPLEMENTS, DocumentType.KE_HOACH, "42/KH-UBND", new PartialDate(5, 5, 2026), "UBND xã")));

        CitationChain chain = app.documents().chainOf(plan.id());
        ChainNode up = chain.cites().get(0);
        assertThat(up.document().id()).isEqualTo(letter.id());
        assertThat(up.children()).singleElement().satisfies(back -> {
            assertThat(back.document().id()).isEqualTo(plan.id());
            assertThat(back.repeated()).isTrue();
            assertThat(back.children()).isEmpty();
        });
        assertThat(chain.citedBy()).singleElement().satisfies(down -> assertThat(down.children().get(0).repeated()).isTrue());
    }

    @Test
    void aDocumentAndItsFilesAreSavedTogetherOrNotAtAll() throws Exception {
        Path pdf = Files.writeString(dir.resolve("1478.signed.pdf"), "%PDF công văn");
        Document letter = document(Direction.IN, DocumentType.CONG_VAN, "1478/SNV-CCHC&VTTLT", new PartialDate(24, 3, 2026),
                "Sở Nội vụ", "tuyên truyền", RegisterEntry.arrived(1, LocalDate.of(2026, 3, 26)), null);

        Document saved = app.documents().save(letter, new FileChanges(List.of(pdf), List.of()));
        List<AttachedFile> files = app.documents().filesOf(saved.id());
        assertThat(files).extracting(AttachedFile::name).containsExactly("1478.signed.pdf");
        assertThat(app.documents().list(DocumentQuery.all(), 10)).singleElement()
                .satisfies(l -> assertThat(l.attachmentCount()).isEqualTo(1));

        Path gone = dir.resolve("da-xoa.docx");
        assertThatThrownBy(() -> app.documents().save(document(Direction.IN, DocumentType.CONG_VAN, "20/SNV", new PartialDate(1, 4, 2026),
                "Sở Nội vụ", "khác", RegisterEntry.arrived(2, LocalDate.of(2026, 4, 2)), null), new FileChanges(List.of(gone), List.of())))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("attachments.sourceMissing"));
        assertThat(app.database().dsl().fetchCount(DOCUMENT)).as("the document waits for its file").isEqualTo(1);

        Document bad = document(Direction.IN, DocumentType.CONG_VAN, "21/SNV", new PartialDate(1, 4, 2026), "Sở Nội vụ", " ",
                RegisterEntry.arrived(1, LocalDate.of(2026, 4, 2)), null);
        assertThatThrownBy(() -> app.documents().save(bad, new FileChanges(List.of(pdf), List.of())))
                .isInstanceOf(ValidationException.class);

        Document edited = app.documents().save(app.documents().find(saved.id()).orElseThrow(),
                new FileChanges(List.of(), List.of(files.get(0).attachmentId())));
        assertThat(app.documents().filesOf(edited.id())).isEmpty();
        assertThat(app.database().dsl().fetchCount(ATTACHMENT)).isZero();
        assertThat(app.database().dsl().fetchCount(CITATION)).isZero();
    }
}
