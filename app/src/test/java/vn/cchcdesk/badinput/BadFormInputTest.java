package vn.cchcdesk.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.domain.task.TimeframeKind;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.store.TaskFixtures;

/** The document, task and activity forms' saves: every bad value a field problem, never a SQL error. */
class BadFormInputTest extends BadInputFixture {

    private static final String DROP = "'; DROP TABLE document; --";

    private static Document withRegister(Document d, RegisterEntry register) {
        return new Document(d.id(), d.direction(), d.type(), d.number(), d.issueDate(), d.place(), d.issuerBodyId(),
                d.issuerText(), d.summary(), d.signer(), d.recipients(), d.citations(), register, d.fullText(), d.notes());
    }

    private static Document withNumber(Document d, DocumentNumber number) {
        return new Document(d.id(), d.direction(), d.type(), number, d.issueDate(), d.place(), d.issuerBodyId(),
                d.issuerText(), d.summary(), d.signer(), d.recipients(), d.citations(), d.register(), d.fullText(), d.notes());
    }

    @Test
    void overLongDocumentFieldsAreNamedAndNothingIsSaved() {
        String long301 = "Ông Nguyễn Văn A ".repeat(20);
        assertFieldProblem(catchThrowable(() -> app.documents().save(letter("Về việc ".repeat(300)))), "summary", "validation.tooLong");
        RegisterEntry handler = new RegisterEntry(null, null, long301, null, HandlingStatus.PENDING, null, null, null, null);
        assertFieldProblem(catchThrowable(() -> app.documents().save(withRegister(letter("Về việc A"), handler))),
                "handler", "validation.tooLong");
        RegisterEntry archive = new RegisterEntry(null, null, null, null, HandlingStatus.PENDING, null, null, 2, long301);
        assertFieldProblem(catchThrowable(() -> app.documents().save(withRegister(letter("Về việc B"), archive))),
                "archiveHolder", "validation.tooLong");
        assertFieldProblem(catchThrowable(() -> app.documents().save(withNumber(letter("Về việc C"),
                new DocumentNumber("12", "UBND-" + "VHXH".repeat(30))))), "symbol", "validation.tooLong");
        Document signer = letter("Về việc D");
        Document longSigner = new Document(null, signer.direction(), signer.type(), signer.number(), signer.issueDate(),
                signer.place(), null, signer.issuerText(), signer.summary(), new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", long301),
                List.of(), List.of(), RegisterEntry.empty(), null, null);
        assertFieldProblem(catchThrowable(() -> app.documents().save(longSigner)), "signerName", "validation.tooLong");
        assertUnchanged();
    }

    @Test
    void impossibleDatesAreNotDatesAndTypedDatesAre() {
        assertThat(PartialDate.parse("31/02/2026")).isEmpty();
        assertThat(PartialDate.parse("29/02/2025")).isEmpty();
        assertThat(Formats.parseDate("31/02/2026")).isEmpty();
        assertThat(Formats.parseDate("00/01/2026")).isEmpty();
        assertThat(PartialDate.parse("29/02/2028")).isPresent();
        assertThat(Formats.parseDate("05/03/2026")).contains(LocalDate.of(2026, 3, 5));
    }

    @Test
    void sqlLikeTextIsStoredLiterallyAndFound() {
        Document saved = app.documents().save(letter(DROP));
        assertThat(app.documents().find(saved.id()).orElseThrow().summary()).isEqualTo(DROP);
        assertThat(app.documents().list(new DocumentQuery(null, null, null, null, null, "drop table"), 10))
                .singleElement().satisfies(l -> assertThat(l.id()).isEqualTo(saved.id()));
        assertThat(app.database().dsl().fetchCount(DOCUMENT)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void decomposedTextIsStoredComposedAndFoundEitherWay() {
        String nfd = Normalizer.normalize("Về việc tuyên truyền Nghị định 30 tại xã Định Tân", Normalizer.Form.NFD);
        Document saved = app.documents().save(letter(nfd));
        String stored = app.database().dsl().select(DOCUMENT.SUMMARY).from(DOCUMENT).where(DOCUMENT.ID.eq(saved.id()))
                .fetchOne(DOCUMENT.SUMMARY);
        assertThat(stored).isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC)).isNotEqualTo(nfd);
        for (String typed : List.of("nghị định", Normalizer.normalize("Nghị định", Normalizer.Form.NFD), "nghi dinh")) {
            assertThat(app.documents().list(new DocumentQuery(null, null, null, null, null, typed), 10)).hasSize(1);
        }
    }

    @Test
    void overLongTaskFieldsAreNamed() {
        long documentId = app.documents().list(DocumentQuery.all(), 1).get(0).id();
        Assignment lead = TaskFixtures.role(app, "VHXH", AssignmentRole.LEAD);
        assertFieldProblem(catchThrowable(() -> app.tasks().save(Task.of(documentId, "Tuyên truyền ".repeat(1000), List.of(lead)))),
                "text", "validation.tooLong");
        Timeframe longFrame = new Timeframe(TimeframeKind.ONGOING, "Thường xuyên ".repeat(50), null, null, null, null, null);
        Task framed = new Task(null, documentId, null, "Tuyên truyền Nghị định 30", longFrame, TaskStatus.NOT_STARTED, null,
                null, 0, List.of(lead));
        assertFieldProblem(catchThrowable(() -> app.tasks().save(framed)), "timeframe", "validation.tooLong");
        Task drop = app.tasks().save(Task.of(documentId, DROP, List.of(lead)));
        assertThat(app.tasks().find(drop.id()).orElseThrow().text()).isEqualTo(DROP);
    }

    @Test
    void overLongActivityFieldsAreNamed() {
        long unit = TaskFixtures.unit(app, "VHXH").id();
        long form = TaskFixtures.form(app, "RADIO").id();
        LocalDate day = LocalDate.of(2026, 4, 10);
        assertFieldProblem(catchThrowable(() -> app.activities().save(new Activity(null, day, unit, form, "Phát thanh ".repeat(100),
                1, null, null, null, null, null, null, null, null))), "title", "validation.tooLong");
        assertFieldProblem(catchThrowable(() -> app.activities().save(new Activity(null, day, unit, form, "Phát thanh", 1, null,
                null, "https://x.vn/" + "a".repeat(1000), null, null, null, null, null))), "link", "validation.tooLong");
        assertFieldProblem(catchThrowable(() -> app.activities().save(new Activity(null, day, unit, form, "Phát thanh", 1, null,
                null, null, null, null, null, null, "Ghi chú ".repeat(600)))), "notes", "validation.tooLong");
        assertUnchanged();
        Activity drop = app.activities().save(new Activity(null, day, unit, form, DROP, 1, null, null, null, null, null, null,
                null, null));
        assertThat(app.activities().find(drop.id()).orElseThrow().title()).isEqualTo(DROP);
        assertThat(app.activities().count(ActivityFilter.all().search("drop table"))).isEqualTo(1);
    }
}
