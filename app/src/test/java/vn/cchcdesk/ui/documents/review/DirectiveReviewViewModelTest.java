package vn.cchcdesk.ui.documents.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TimeframeKind;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.ui.IntakeFiles;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.common.UiContext;

/** Reading a directive file into the review and saving it, with work run at once on a real database. */
class DirectiveReviewViewModelTest {

    @TempDir
    Path dir;
    private App app;
    private final List<String> said = new ArrayList<>();
    private UiContext ui;
    private DirectiveReading reading;

    @BeforeEach
    void open() {
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
        app.settings().saveCommune(ShellTestSupport.DINH_TAN);
        ui = ShellTestSupport.context(said);
        reading = new DirectiveReading(app.intake(), app.documents(), app.catalog(), app.settings());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private DirectiveReviewViewModel review(String name, String format) {
        return new DirectiveReviewViewModel(reading.read(IntakeFiles.copy(name, format, dir.resolve("files"))), app.documents(), ui);
    }

    private DocumentService.Registered save(DirectiveReviewViewModel review, boolean confirmed) {
        List<DocumentService.Registered> saved = new ArrayList<>();
        review.save(confirmed, saved::add);
        assertThat(review.form().errors().map()).isEmpty();
        return saved.isEmpty() ? null : saved.get(0);
    }

    @Test
    void aLetterFromAnotherCommuneArrivesWithEveryValueSuggested() {
        app.documents().save(new Document(null, Direction.IN, DocumentType.QUYET_DINH, DocumentNumber.parse("367/QĐ-BNV").orElseThrow(),
                new PartialDate(31, 3, 2026), null, null, "Bộ Nội vụ", "Ban hành Kế hoạch tuyên truyền cải cách hành chính",
                Signer.unknown(), List.of(), List.of(), RegisterEntry.arrived(1, LocalDate.of(2026, 4, 2)), null, null));

        DirectiveReviewViewModel review = review(IntakeFiles.THANH_MIEN, "docx");
        var f = review.form().fields();
        assertThat(review.proposedDirection()).isEqualTo(Direction.IN);
        assertThat(f.directionProperty().get()).isEqualTo(Direction.IN);
        assertThat(f.arrivalDateProperty().get()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(f.arrivalNumberProperty().get()).as("the next free arrival number").isEqualTo("2");
        assertThat(f.issuerProperty().get()).isEqualTo("Ủy ban nhân dân xã Thanh Miện");
        assertThat(f.typeProperty().get()).isEqualTo(DocumentType.CONG_VAN);
        assertThat(f.numberProperty().get()).as("left blank in the letter").isEmpty();
        assertThat(f.symbolProperty().get()).isEqualTo("UBND-VHXH");
        assertThat(f.issueDateProperty().get()).isEqualTo("../05/2026");
        assertThat(f.placeProperty().get()).isEqualTo("Thanh Miện");
        assertThat(f.summaryProperty().get()).isEqualTo("triển khai công tác thông tin, tuyên truyền cải cách hành chính năm 2026");
        assertThat(f.signerCapacityProperty().get()).isEqualTo("KT. CHỦ TỊCH");
        assertThat(f.signerTitleProperty().get()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(f.signerNameProperty().get()).isEqualTo("Lê Anh Tuấn");
        assertThat(f.addresseesProperty().get().split("\n")).hasSize(4).contains("Trung tâm Dịch vụ sự nghiệp công xã");
        assertThat(f.copiesProperty().get().split("\n")).startsWith("Như trên").endsWith("Lưu: VT");
        assertThat(review.suggestions()).containsEntry("summary", f.summaryProperty().get()).containsKeys("issuer", "signerName", "place")
                .doesNotContainKey("number");
        assertThat(review.form().files()).singleElement().satisfies(file -> assertThat(file.isNew()).isTrue());

        assertThat(review.citations()).extracting(c -> c.numberProperty().get())
                .containsExactly("367/QĐ-BNV", "247/QĐ-UBND", "4110/VP-NVKTGS", "42/KH-UBND");
        assertThat(review.citations().get(0).citedProperty().get()).as("the decision is registered").isNotNull();
        assertThat(review.citations().get(1).citedProperty().get()).isNull();
        assertThat(review.citations().get(2).kindProperty().get()).isEqualTo(CitationKind.IMPLEMENTS);

        assertThat(review.assignments()).hasSize(23);
        AssignmentRow vhxh = review.assignments().get(7);
        assertThat(vhxh.unitProperty().get().name()).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(vhxh.matchTextProperty().get()).isEqualTo("Phòng Văn hóa - Xã hội");
        AssignmentRow centre = review.assignments().get(14);
        assertThat(centre.matchTextProperty().get()).isEqualTo("Trung tâm Dịch vụ Sự nghiệp công xã → Trung tâm Dịch vụ sự nghiệp công");
        AssignmentRow group = review.assignments().get(0);
        assertThat(group.unitProperty().get()).as("a group of units is no one unit").isNull();
        assertThat(group.matchTextProperty().get()).contains("ngoài danh mục");
        assertThat(vhxh.task().timeframeProperty().get()).isEqualTo("Thường xuyên trong năm 2026");
        assertThat(said).isEmpty();
    }

    @Test
    void theClerksCorrectionsAreSavedWithTheFileCitationsAndTasksInOneGo() {
        DirectiveReviewViewModel review = review(IntakeFiles.THANH_MIEN, "docx");
        review.form().fields().summaryProperty().set("Triển khai công tác thông tin, tuyên truyền CCHC năm 2026");
        Unit economy = review.units().stream().filter(u -> u.name().equals("Phòng Kinh tế")).findFirst().orElseThrow();
        AssignmentRow group = review.assignments().get(0);
        group.unitProperty().set(economy);
        assertThat(group.matchTextProperty().get()).endsWith("→ Phòng Kinh tế (đã chọn lại)");
        review.assignments().get(6).includedProperty().set(false);
        review.assignments().get(7).task().dueProperty().set(LocalDate.of(2026, 6, 30));
        review.citations().get(3).includedProperty().set(false);
        int before = app.documents().count(DocumentQuery.all());

        DocumentService.Registered registered = save(review, false);

        assertThat(app.documents().count(DocumentQuery.all())).isEqualTo(before + 1);
        Document saved = app.documents().find(registered.document().id()).orElseThrow();
        assertThat(saved.summary()).isEqualTo("Triển khai công tác thông tin, tuyên truyền CCHC năm 2026");
        assertThat(saved.register().arrivalNumber()).isEqualTo(1);
        assertThat(saved.place()).isEqualTo("Thanh Miện");
        assertThat(saved.fullText()).contains("Phòng Văn hóa - Xã hội");
        assertThat(saved.citations()).extracting(Citation::label)
                .containsExactly("Quyết định 367/QĐ-BNV", "Quyết định 247/QĐ-UBND", "Công văn 4110/VP-NVKTGS");
        assertThat(app.documents().filesOf(saved.id())).extracting(AttachedFile::name)
                .containsExactly(IntakeFiles.THANH_MIEN + ".docx");

        List<Task> tasks = app.tasks().ofDocument(saved.id());
        assertThat(tasks).hasSameSizeAs(registered.tasks());
        assertThat(tasks).as("one task per task text; the rows of one task are its units").hasSizeLessThan(23).hasSizeGreaterThan(10);
        Task first = tasks.get(0);
        assertThat(first.assignments()).singleElement().satisfies(a -> {
            assertThat(a.unitId()).isEqualTo(economy.id());
            assertThat(a.unitText()).isEqualTo("Phòng Kinh tế");
            assertThat(a.role()).isEqualTo(AssignmentRole.LEAD);
        });
        Task withSupport = tasks.stream().filter(t -> t.text().startsWith("Phối hợp với Mặt trận")).findFirst().orElseThrow();
        assertThat(withSupport.assignments()).as("the unticked row is not saved").extracting(a -> a.role()).containsExactly(AssignmentRole.LEAD);
        Task due = tasks.stream().filter(t -> Objects.equals(t.timeframe().dueDate(), LocalDate.of(2026, 6, 30))).findFirst().orElseThrow();
        assertThat(due.timeframe().kind()).isEqualTo(TimeframeKind.ONGOING);
        assertThat(due.timeframe().text()).isEqualTo("Thường xuyên trong năm 2026");
        assertThat(said).contains("Đã lưu Công văn /UBND-VHXH.");
    }

    @Test
    void theCommunesOwnLetterIsOutgoingAndItsPdfIsFlaggedAsTheSameDocument() {
        DirectiveReviewViewModel docx = review(IntakeFiles.DINH_TAN, "docx");
        assertThat(docx.form().fields().directionProperty().get()).as("issued by this commune").isEqualTo(Direction.OUT);
        assertThat(docx.form().fields().arrivalNumberProperty().get()).isEmpty();
        assertThat(docx.form().fields().arrivalDateProperty().get()).isNull();
        assertThat(docx.citations()).singleElement().satisfies(c -> assertThat(c.numberProperty().get()).isEqualTo("1478/SNV-CCHC&VTTLT"));
        assertThat(save(docx, false)).isNotNull();

        DirectiveReviewViewModel pdf = review(IntakeFiles.DINH_TAN, "pdf");
        assertThat(pdf.form().possibleDuplicates()).as("flagged while the review opens").hasSize(1);
        assertThat(save(pdf, false)).as("not saved before the clerk confirms").isNull();
        assertThat(pdf.form().duplicates()).hasSize(1);
        assertThat(save(pdf, true)).isNotNull();
        assertThat(app.documents().count(DocumentQuery.all())).isEqualTo(2);
    }

    @Test
    void aCitedLetterRegisteredLaterIsLinkedAsTheClerkCorrectsItsNumber() {
        app.documents().save(new Document(null, Direction.IN, DocumentType.CONG_VAN, DocumentNumber.parse("1478/SNV-CCHC&VTTLT").orElseThrow(),
                new PartialDate(24, 3, 2026), null, null, "Sở Nội vụ", "V/v đẩy mạnh tuyên truyền", Signer.unknown(), List.of(), List.of(),
                RegisterEntry.arrived(1, LocalDate.of(2026, 3, 26)), null, null));
        DirectiveReviewViewModel review = review(IntakeFiles.DINH_TAN, "docx");
        CitationRow letter = review.citations().get(0);
        assertThat(letter.citedProperty().get()).isNotNull();
        letter.numberProperty().set("1479/SNV-CCHC&VTTLT");
        assertThat(letter.citedProperty().get()).isNull();
        letter.numberProperty().set("1478/SNV-CCHC&VTTLT");
        assertThat(letter.citedProperty().get().label()).isEqualTo("Công văn 1478/SNV-CCHC&VTTLT");
        letter.numberProperty().set("không phải số");
        review.save(false, r -> { });
        assertThat(review.form().errors().get("citations")).contains("Căn cứ dòng 1").contains("không phải số");
        assertThat(app.documents().count(DocumentQuery.all())).isEqualTo(1);
    }
}
