package vn.cchcdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.Recipient;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.DocumentRegister;
import vn.cchcdesk.domain.report.RegisterLine;
import vn.cchcdesk.ui.ShellTestSupport;

/** The registers of Phụ lục IV read from a real database: what goes in, in which order, with which columns. */
class RegisterBooksTest {

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

    private Document incoming(String number, int arrival, LocalDate arrived, String handler, LocalDate transferred) {
        return app.documents().save(new Document(null, Direction.IN, DocumentType.CONG_VAN, DocumentNumber.parse(number).orElseThrow(),
                PartialDate.of(arrived.minusDays(2)), null, null, "Sở Nội vụ", "V/v tuyên truyền " + number, Signer.unknown(), List.of(),
                List.of(), new RegisterEntry(arrival, arrived, handler, null, HandlingStatus.PENDING, null, transferred, null, null), null,
                null));
    }

    private Document outgoing(String number, PartialDate issued, List<Recipient> recipients, Integer copies, String archive) {
        return app.documents().save(new Document(null, Direction.OUT, DocumentNumber.parse(number).flatMap(DocumentNumber::typeFromSymbol)
                .orElse(DocumentType.CONG_VAN), DocumentNumber.parse(number).orElseThrow(), issued, "Định Tân", null,
                "Ủy ban nhân dân xã Định Tân", "Tuyên truyền " + number, new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng"),
                recipients, List.of(), new RegisterEntry(null, null, null, null, HandlingStatus.PENDING, null, null, copies, archive), null,
                null));
    }

    @Test
    void theIncomingRegisterListsTheSpansArrivalsByNumber() {
        app.settings().saveCommune(ShellTestSupport.DINH_TAN);
        incoming("12/SNV", 3, LocalDate.of(2026, 2, 10), "Phòng Văn hóa - Xã hội", LocalDate.of(2026, 2, 11));
        incoming("7/SNV", 1, LocalDate.of(2026, 1, 5), null, null);
        incoming("9/SNV", 2, LocalDate.of(2026, 1, 20), "Công an xã", null);
        Document trashed = incoming("15/SNV", 4, LocalDate.of(2026, 3, 2), null, null);
        app.documents().moveToTrash(trashed.id());
        incoming("99/SNV", 1, LocalDate.of(2025, 12, 30), null, null);
        Document reply = outgoing("20/UBND-VHXH", new PartialDate(12, 2, 2026), List.of(), null, null);
        Document answered = app.documents().find(app.documents().list(
                new vn.cchcdesk.domain.document.DocumentQuery(Direction.IN, null, null, null, null, "12/SNV"), 1).get(0).id()).orElseThrow();
        app.documents().save(answered.withRegister(new RegisterEntry(3, LocalDate.of(2026, 2, 10), "Phòng Văn hóa - Xã hội", null,
                HandlingStatus.DONE, reply.id(), LocalDate.of(2026, 2, 11), null, null)));

        DocumentRegister year = app.registers().ofYear(Direction.IN, 2026);
        assertThat(year.wholeYear()).isTrue();
        assertThat(year.lines()).extracting(RegisterLine::arrivalNumber).containsExactly(1, 2, 3);
        assertThat(year.numbers()).hasValue(new DocumentRegister.NumberRange(1, 3));
        RegisterLine third = year.lines().get(2);
        assertThat(third.ref().number().format()).isEqualTo("12/SNV");
        assertThat(third.handler()).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(third.transferredOn()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(third.reply().label()).isEqualTo("Công văn 20/UBND-VHXH");
        assertThat(year.commune().communeName()).isEqualTo("xã Định Tân");

        DocumentRegister january = app.registers().between(Direction.IN, new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertThat(january.wholeYear()).isFalse();
        assertThat(january.lines()).extracting(l -> l.ref().number().format()).containsExactly("7/SNV", "9/SNV");
        assertThat(app.registers().between(Direction.IN, new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).wholeYear())
                .isTrue();
    }

    @Test
    void theOutgoingRegisterListsTheCommunesDocumentsByNumberWithWhereTheyWent() {
        app.settings().saveCommune(ShellTestSupport.DINH_TAN);
        outgoing("42/KH-UBND", new PartialDate(5, 5, 2026), List.of(new Recipient(RecipientKind.COPY, null, "UBND huyện (b/c)"),
                new Recipient(RecipientKind.COPY, null, "Lưu: VT, VHXH")), 12, null);
        outgoing("9/UBND-VHXH", new PartialDate(3, 2, 2026), List.of(
                new Recipient(RecipientKind.ADDRESSEE, null, "Các phòng, trung tâm thuộc UBND xã"),
                new Recipient(RecipientKind.ADDRESSEE, null, "Các thôn"),
                new Recipient(RecipientKind.COPY, null, "Như trên"),
                new Recipient(RecipientKind.COPY, null, "Chủ tịch UBND xã (để b/c)"),
                new Recipient(RecipientKind.COPY, null, "Lưu: VT")), 8, "Văn thư");
        outgoing("/UBND-VHXH", new PartialDate(null, 3, 2026), List.of(new Recipient(RecipientKind.ADDRESSEE, null, "Các thôn")), null, null);
        outgoing("/UBND-VHXH", new PartialDate(null, null, 2026), List.of(), null, null);
        outgoing("30/UBND-VHXH", new PartialDate(20, 12, 2025), List.of(), null, null);

        DocumentRegister year = app.registers().ofYear(Direction.OUT, 2026);
        assertThat(year.lines()).extracting(l -> l.ref().number().format())
                .as("by number, drafts without one after").containsExactly("9/UBND-VHXH", "42/KH-UBND", "/UBND-VHXH", "/UBND-VHXH");
        assertThat(year.numbers()).hasValue(new DocumentRegister.NumberRange(9, 42));
        RegisterLine letter = year.lines().get(0);
        assertThat(letter.recipients()).as("Như trên is the addressees; Lưu goes to its own column")
                .containsExactly("Các phòng, trung tâm thuộc UBND xã", "Các thôn", "Chủ tịch UBND xã (để b/c)");
        assertThat(letter.archiveHolder()).as("as typed wins over the Lưu line").isEqualTo("Văn thư");
        assertThat(letter.signerName()).isEqualTo("Thiều Sỹ Hưng");
        assertThat(letter.copies()).isEqualTo(8);
        RegisterLine plan = year.lines().get(1);
        assertThat(plan.recipients()).containsExactly("UBND huyện (b/c)");
        assertThat(plan.archiveHolder()).isEqualTo("VT, VHXH");
        assertThat(year.lines().get(3).recipients()).as("no copies listed: the addressees").containsExactly("Các thôn");

        DocumentRegister march = app.registers().between(Direction.OUT, new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(march.lines()).as("a date without its day counts from the month's first").singleElement()
                .satisfies(l -> assertThat(l.ref().issueDate()).isEqualTo(new PartialDate(null, 3, 2026)));
        assertThat(march.numbers()).isEmpty();
        assertThat(march.yearText()).isEqualTo("2026");
        assertThat(app.registers().between(Direction.OUT, new DateRange(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 28))).yearText())
                .isEqualTo("2025 - 2026");
    }

    @Test
    void aFolderWithoutItsCommuneSaysSo() {
        assertThatThrownBy(() -> app.registers().ofYear(Direction.IN, 2026))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("reports.noCommune"));
        assertThatThrownBy(() -> new DocumentRegister(Direction.INTERNAL, ShellTestSupport.DINH_TAN,
                new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), true, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
