package vn.cchcdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.catalog.BodyLevel;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.catalog.ExternalBodyRepository;
import vn.cchcdesk.store.catalog.PublicityFormRepository;
import vn.cchcdesk.store.catalog.UnitRepository;

class CatalogServiceTest {

    @TempDir
    Path dir;
    private TestDatabase db;
    private CatalogService catalog;
    private AuditLog audit;

    @BeforeEach
    void open() {
        db = TestDatabase.in(dir);
        audit = new AuditLog(db.dsl(), "test");
        catalog = new CatalogService(db.dsl(), new UnitRepository(db.dsl()), new ExternalBodyRepository(db.dsl()),
                new PublicityFormRepository(db.dsl()), audit);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savesAUnitWithItsAliasesAndAuditsIt() {
        Unit saved = catalog.saveUnit(new Unit(null, "Thôn Đông", "TĐ", UnitKind.VILLAGE, List.of("thôn Đông", "Đông"), 200, true));
        assertThat(saved.id()).isNotNull();
        Unit reloaded = catalog.units().stream().filter(u -> u.id().equals(saved.id())).findFirst().orElseThrow();
        assertThat(reloaded).isEqualTo(saved);
        assertThat(audit.history("unit", saved.id())).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditLog.Action.CREATE))
                .satisfies(e -> assertThat(e.afterJson()).contains("Thôn Đông"));
    }

    @Test
    void refusesADuplicateNameWhateverItsAccents() {
        assertThatThrownBy(() -> catalog.saveUnit(new Unit(null, "phong van hoa - xa hoi", null, UnitKind.OFFICE, List.of(), 0, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "validation.duplicateName")));
    }

    @Test
    void namesEveryInvalidFieldAndWritesNothing() {
        int before = catalog.forms().size();
        assertThatThrownBy(() -> catalog.saveForm(new PublicityForm(null, "radio 2", "", null, "", 0, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactlyInAnyOrder("code", "name", "channel", "measureUnit"));
        assertThat(catalog.forms()).hasSize(before);
    }

    @Test
    void editsAndListsInVietnameseOrder() {
        ExternalBody body = catalog.saveBody(new ExternalBody(null, "Sở Thông tin và Truyền thông", "STTTT", BodyLevel.PROVINCE, true));
        catalog.saveBody(new ExternalBody(body.id(), "Sở Khoa học và Công nghệ", "SKHCN", BodyLevel.PROVINCE, false));
        List<ExternalBody> provincial = catalog.bodies().stream().filter(b -> b.level() == BodyLevel.PROVINCE).toList();
        assertThat(provincial).extracting(ExternalBody::name)
                .containsExactly("Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch",
                        "Ủy ban nhân dân tỉnh", "Văn phòng Ủy ban nhân dân tỉnh");
        assertThat(audit.history("external_body", body.id())).extracting(AuditLog.Entry::action)
                .containsExactly(AuditLog.Action.UPDATE, AuditLog.Action.CREATE);
    }

    @Test
    void aUnitInUseCannotBeDeletedButAnUnusedOneCan() {
        Unit unit = catalog.units().get(0);
        PublicityForm form = catalog.forms().get(0);
        db.dsl().transaction(() -> db.dsl().insertInto(ACTIVITY)
                .set(ACTIVITY.ACTIVITY_DATE, LocalDate.of(2026, 4, 2))
                .set(ACTIVITY.UNIT_ID, unit.id())
                .set(ACTIVITY.FORM_ID, form.id())
                .set(ACTIVITY.TITLE, "Phát chuyên mục CCHC")
                .execute());
        assertThatThrownBy(() -> catalog.deleteUnit(unit.id()))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("catalog.inUse"));
        assertThat(catalog.units()).extracting(Unit::id).contains(unit.id());

        Unit spare = catalog.saveUnit(new Unit(null, "Thôn Tây", null, UnitKind.VILLAGE, List.of(), 210, true));
        catalog.deleteUnit(spare.id());
        assertThat(catalog.units()).extracting(Unit::id).doesNotContain(spare.id());
        assertThat(audit.history("unit", spare.id())).extracting(AuditLog.Entry::action)
                .containsExactly(AuditLog.Action.DELETE, AuditLog.Action.CREATE);
    }

    @Test
    void formsKnowTheirGroupFromTheirParChannel() {
        PublicityForm saved = catalog.saveForm(new PublicityForm(null, "zalo_video", "Video trên Zalo OA", ParChannel.WEB_SOCIAL, "video", 5, true));
        assertThat(saved.code()).isEqualTo("ZALO_VIDEO");
        assertThat(catalog.forms().get(0)).isEqualTo(saved);
        assertThatThrownBy(() -> catalog.saveForm(new PublicityForm(null, "ZALO_VIDEO", "Khác", ParChannel.TRADITIONAL, "cái", 0, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("validation.duplicateCode"));
    }
}
