package vn.cchcdesk.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityRow;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentListing;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.activity.ActivityRepository;
import vn.cchcdesk.store.demo.DemoSpec;
import vn.cchcdesk.store.document.DocumentRepository;
import vn.cchcdesk.ui.ShellTestSupport;

/**
 * The in-memory search of documents and activities answers exactly what H2's LIKE on the folded
 * column answered (for activities the pages, counts and totals of ActivityService, from the one
 * ActivityIndex the screen reads too), and follows commits only: saves, edits, the trash,
 * rolled-back writes.
 */
class SearchIndexTest {

    @TempDir
    Path dir;
    private App app;
    private DSLContext dsl;

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK);
        dsl = app.database().dsl();
        app.demoData().generate(new DemoSpec(3_000, 300, 100, 2, 11L));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void documentsFoundAreThoseWhoseFoldedTextHoldsEveryWord() {
        for (String q : queries(dsl.select(DOCUMENT.SEARCH_FOLDED).from(DOCUMENT).fetch(DOCUMENT.SEARCH_FOLDED))) {
            List<Long> expected = dsl.select(DOCUMENT.ID, DOCUMENT.SEARCH_FOLDED).from(DOCUMENT).where(DOCUMENT.DELETED_AT.isNull())
                    .fetch().stream().filter(r -> VietnameseText.matchesAllWords(r.value2(), q)).map(r -> r.value1()).sorted().toList();
            DocumentQuery query = new DocumentQuery(null, null, null, null, null, q);
            List<Long> found = app.documents().list(query, 10_000).stream().map(DocumentListing::id).sorted().toList();
            assertThat(found).as(q).isEqualTo(expected);
            assertThat(app.documents().count(query)).as(q).isEqualTo(expected.size());
        }
    }

    @Test
    void activitiesFoundAreThoseTheDatabaseFinds() {
        ActivityRepository sql = new ActivityRepository(dsl);
        List<String> texts = dsl.select(vn.cchcdesk.store.jooq.Tables.ACTIVITY.SEARCH_FOLDED).from(vn.cchcdesk.store.jooq.Tables.ACTIVITY)
                .fetch(vn.cchcdesk.store.jooq.Tables.ACTIVITY.SEARCH_FOLDED);
        long unit = app.catalog().units().get(0).id();
        long form = app.catalog().forms().get(0).id();
        LocalDate today = LocalDate.now(ShellTestSupport.CLOCK);
        for (String q : queries(texts)) {
            ActivityFilter words = ActivityFilter.all().search(q);
            for (ActivityFilter filter : List.of(words, words.between(today.minusMonths(6), today), words.units(Set.of(unit)),
                    words.forms(Set.of(form)), words.group(FormGroup.values()[0]), words.inTrash())) {
                assertThat(ids(app.activities().search(filter, 0, 100_000))).as(q).isEqualTo(ids(sql.search(filter, 0, 100_000)));
                assertThat(ids(app.activities().search(filter, 7, 20))).as(q).isEqualTo(ids(sql.search(filter, 7, 20)));
                assertThat(app.activities().count(filter)).as(q).isEqualTo(sql.count(filter));
                assertThat(app.activities().totals(filter)).as(q).isEqualTo(sql.totals(filter));
            }
        }
    }

    @Test
    void activitiesFollowSavesEditsAndTheTrash() {
        ActivityFilter quokka = ActivityFilter.all().search("quốc tử giám");
        assertThat(app.activities().count(quokka)).isZero();
        long unit = app.catalog().units().get(0).id();
        long form = app.catalog().forms().get(0).id();
        Activity saved = app.activities().save(new Activity(null, LocalDate.now(ShellTestSupport.CLOCK), unit, form,
                "Tham quan Quốc Tử Giám", 1, null, null, null, null, null, null, null, null));
        assertThat(ids(app.activities().search(quokka, 0, 10))).containsExactly(saved.id());
        app.activities().save(new Activity(saved.id(), saved.date(), unit, form, "Tham quan Văn Miếu", 1, null, null, null,
                null, null, null, null, null));
        assertThat(app.activities().count(quokka)).isZero();
        assertThat(app.activities().count(ActivityFilter.all().search("van mieu"))).isEqualTo(1);
        app.activities().moveToTrash(List.of(saved.id()));
        assertThat(app.activities().count(ActivityFilter.all().search("van mieu"))).isZero();
        assertThat(app.activities().count(ActivityFilter.all().search("van mieu").inTrash())).isEqualTo(1);
        app.activities().restore(List.of(saved.id()));
        assertThat(app.activities().count(ActivityFilter.all().search("van mieu"))).isEqualTo(1);
    }

    @Test
    void anActivityEditSearchedBeforeItsRollbackIsNotFoundAfter() {
        ActivityFilter word = ActivityFilter.all().search("xyzzyquux");
        assertThat(app.activities().count(word)).isZero();
        Activity a = app.activities().search(ActivityFilter.all(), 0, 1).get(0).activity();
        Activity renamed = new Activity(a.id(), a.date(), a.unitId(), a.formId(), "Về xyzzyquux", a.quantity(),
                a.durationMinutes(), a.participants(), a.link(), a.taskId(), a.documentId(), a.planTargetId(), a.costVnd(),
                a.notes());
        assertThatThrownBy(() -> dsl.transaction(() -> {
            app.activities().save(renamed);
            // read inside the transaction: the index sees the uncommitted edit and its audit line
            assertThat(app.activities().count(word)).isEqualTo(1);
            throw new IllegalStateException("fails after writing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(app.activities().count(word)).isZero();
        assertThat(app.activities().totals(word)).isEmpty();
    }

    @Test
    void aRolledBackWriteIsNeverFoundAndACommittedOneAlways() {
        DocumentQuery word = new DocumentQuery(null, null, null, null, null, "xyzzyquux");
        assertThat(app.documents().list(word, 10)).isEmpty();
        DocumentRepository documents = new DocumentRepository(dsl);
        Document sample = app.documents().find(app.documents().list(DocumentQuery.all(), 1).get(0).id()).orElseThrow();
        Document renamed = new Document(sample.id(), sample.direction(), sample.type(), sample.number(), sample.issueDate(),
                sample.place(), sample.issuerBodyId(), sample.issuerText(), "Về xyzzyquux", sample.signer(), sample.recipients(),
                sample.citations(), sample.register(), sample.fullText(), sample.notes());
        assertThatThrownBy(() -> dsl.transaction(() -> {
            documents.update(renamed, java.time.LocalDateTime.now());
            throw new IllegalStateException("fails after writing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(app.documents().list(word, 10)).isEmpty();
        // a savepoint rolled back inside a committed transaction: only the outer write counts
        dsl.transaction(outer -> {
            documents.update(renamed, java.time.LocalDateTime.now());
            try {
                outer.dsl().transaction(() -> {
                    documents.update(sample, java.time.LocalDateTime.now());
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException expected) {
                // the savepoint is rolled back
            }
        });
        assertThat(app.documents().list(word, 10)).extracting(DocumentListing::id).containsExactly(sample.id());
    }

    /** Words and word pairs cut from the texts, prefixes of them as typed, and words found nowhere. */
    private static List<String> queries(List<String> texts) {
        Random random = new Random(5);
        List<String> queries = new ArrayList<>(List.of("", "zzz", "a", "d", "1", "/", "-", "cải cách", "ĐỊNH TÂN", "kh-ubnd"));
        for (int i = 0; i < 25; i++) {
            String[] words = texts.get(random.nextInt(texts.size())).split(" ");
            String word = words[random.nextInt(words.length)];
            queries.add(word.substring(0, 1 + random.nextInt(word.length())));
            queries.add(word.substring(random.nextInt(word.length())) + " " + words[random.nextInt(words.length)]);
        }
        return queries;
    }

    private static List<Long> ids(List<ActivityRow> rows) {
        return rows.stream().map(ActivityRow::id).toList();
    }
}
