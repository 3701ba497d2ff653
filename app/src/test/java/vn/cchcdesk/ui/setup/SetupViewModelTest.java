package vn.cchcdesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.ui.common.SyncTaskRunner;

class SetupViewModelTest {

    @TempDir
    Path dir;

    @Test
    void namesTheMissingFieldsAndSavesNothing() {
        try (App app = App.open(dir)) {
            SetupViewModel model = new SetupViewModel(app.settings(), new SyncTaskRunner());
            AtomicBoolean done = new AtomicBoolean();
            model.communeNameProperty().set("xã Định Tân");
            model.save(() -> done.set(true));
            assertThat(done).isFalse();
            assertThat(model.errors().map()).containsOnlyKeys("provinceName", "signerName");
            assertThat(model.errors().get("signerName")).isEqualTo("Không được để trống.");
            assertThat(app.settings().commune()).isEmpty();
        }
    }

    @Test
    void savesTheCommuneAndItsPlaceName() {
        try (App app = App.open(dir)) {
            SetupViewModel model = new SetupViewModel(app.settings(), new SyncTaskRunner());
            AtomicBoolean done = new AtomicBoolean();
            model.communeNameProperty().set("  xã   Định Tân ");
            model.provinceNameProperty().set("tỉnh Thanh Hóa");
            model.signerNameProperty().set("Thiều Sỹ Hưng");
            model.save(() -> done.set(true));
            assertThat(done).isTrue();
            assertThat(app.settings().commune()).hasValueSatisfying(s -> {
                assertThat(s.communeName()).isEqualTo("xã Định Tân");
                assertThat(s.placeName()).isEqualTo("Định Tân");
                assertThat(s.signerCapacity()).isEqualTo("KT. CHỦ TỊCH");
            });
        }
    }
}
