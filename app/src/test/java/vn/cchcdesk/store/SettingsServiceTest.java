package vn.cchcdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.settings.ReportingSettings;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.store.settings.SettingsRepository;
import vn.cchcdesk.store.settings.SettingsService;

class SettingsServiceTest {

    @TempDir
    Path dir;

    private static final CommuneSettings DINH_TAN = new CommuneSettings("xã Định Tân", "tỉnh Thanh Hóa", null, "UBND", "VHXH",
            "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng", "Lê Thị Hoa");

    @Test
    void aNewFolderHasNoCommuneUntilSetupAndKeepsItAfterReopening() {
        try (TestDatabase db = TestDatabase.in(dir)) {
            SettingsService settings = service(db);
            assertThat(settings.commune()).isEmpty();
            assertThat(settings.reporting()).isEqualTo(ReportingSettings.defaults());
            settings.saveCommune(DINH_TAN);
        }
        try (TestDatabase db = TestDatabase.in(dir)) {
            assertThat(service(db).commune()).contains(DINH_TAN);
        }
    }

    @Test
    void savesBothKindsTogetherOrNeither() {
        try (TestDatabase db = TestDatabase.in(dir)) {
            SettingsService settings = service(db);
            settings.saveAll(DINH_TAN, new ReportingSettings(CutoffRule.CALENDAR, 12, 5));
            assertThat(settings.reporting()).isEqualTo(new ReportingSettings(CutoffRule.CALENDAR, 12, 5));

            CommuneSettings renamed = new CommuneSettings("xã Tân Minh", "thành phố Hà Nội", null, "UBND", "VHXH",
                    null, "CHỦ TỊCH", "Nguyễn Văn A", null);
            assertThatThrownBy(() -> settings.saveAll(renamed, new ReportingSettings(CutoffRule.CALENDAR, 31, 5)))
                    .isInstanceOf(ValidationException.class);
            assertThat(settings.commune()).contains(DINH_TAN);
            assertThat(new AuditLog(db.dsl()).history("reporting_settings", 1)).hasSize(1);
        }
    }

    private static SettingsService service(TestDatabase db) {
        return new SettingsService(db.dsl(), new SettingsRepository(db.dsl()), new AuditLog(db.dsl(), "test"));
    }
}
