package vn.cchcdesk.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.AUDIT_LOG;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.IMPORT_BATCH;
import static vn.cchcdesk.store.jooq.Tables.TASK;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.ShellTestSupport;

/**
 * What every bad-input case checks beside its own point: the app refused with a Vietnamese
 * message of the bundles naming the file, row, column or field; no table changed; nothing was
 * written outside the data folder; and the services still work afterwards.
 *
 * <p>Layout of the temp folder: {@code data/} (the app's folder), {@code in/} (the bad files
 * the clerk picks), and nothing else, ever.
 */
abstract class BadInputFixture {

    /** A letter only Vietnamese has (or at least not English): the message was not left untranslated. */
    private static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵĐ]");
    private static final List<Table<?>> TABLES = List.of(DOCUMENT, TASK, ACTIVITY, ATTACHMENT, IMPORT_BATCH, AUDIT_LOG);

    @TempDir
    Path root;
    Path data;
    Path in;
    App app;
    private Map<String, Integer> before;

    @BeforeEach
    void openApp() throws IOException {
        data = root.resolve("data");
        in = Files.createDirectories(root.resolve("in"));
        app = App.open(data, ShellTestSupport.CLOCK);
        seed();
        before = counts();
    }

    /** Some data for the counts to guard; subclasses may add theirs. */
    void seed() {
        app.documents().save(letter("Về việc tuyên truyền cải cách hành chính năm 2026"));
    }

    @AfterEach
    void checkAndClose() {
        try {
            stillWorks();
        } finally {
            app.close();
        }
        assertNothingOutsideTheDataFolder();
    }

    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : TABLES) {
            counts.put(table.getName(), app.database().dsl().fetchCount(table));
        }
        return counts;
    }

    /** Nothing was written: every guarded table holds what it held after the seed. */
    void assertUnchanged() {
        assertThat(counts()).isEqualTo(before);
    }

    /** An {@link AppException} (not a library's, not a SQL error) whose message is Vietnamese and names what it is about. */
    static void assertClear(Throwable thrown, String... named) {
        assertThat(thrown).isInstanceOf(AppException.class);
        AppException e = (AppException) thrown;
        if (e instanceof ValidationException v) {
            for (Problem p : v.problems()) {
                assertThat(Messages.has(p.messageKey())).as(p.messageKey()).isTrue();
            }
        } else {
            assertThat(Messages.has(e.messageKey())).as(e.messageKey()).isTrue();
            String message = Messages.get(e.messageKey(), e.args());
            assertThat(message).as(message).containsPattern(VIETNAMESE);
            for (String name : named) {
                assertThat(message).contains(name);
            }
        }
    }

    /** A ValidationException with a problem on this field, its message in the bundles. */
    static void assertFieldProblem(Throwable thrown, String field, String key) {
        assertThat(thrown).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) thrown).problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.messageKey()).isEqualTo(key);
            assertThat(Messages.get(p.messageKey(), p.args().toArray())).containsPattern(VIETNAMESE);
        });
        assertClear(thrown);
    }

    /** The app is not left broken: a save and a search still work. */
    void stillWorks() {
        Document saved = app.documents().save(letter("Về việc kiểm tra sau dữ liệu hỏng " + System.nanoTime()));
        assertThat(app.documents().list(new DocumentQuery(null, null, null, null, null, "kiem tra sau du lieu hong"), 10))
                .anySatisfy(l -> assertThat(l.id()).isEqualTo(saved.id()));
    }

    private void assertNothingOutsideTheDataFolder() {
        try (Stream<Path> all = Files.list(root)) {
            assertThat(all.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("data", "in");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document letter(String summary) {
        return new Document(null, Direction.OUT, DocumentType.CONG_VAN, new DocumentNumber(null, "UBND-VHXH"),
                PartialDate.of(LocalDate.of(2026, 3, 2)), "Định Tân", null, "Ủy ban nhân dân xã Định Tân", summary,
                Signer.unknown(), List.of(), List.of(), RegisterEntry.empty(), null, null);
    }
}
