package vn.cchcdesk.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.ui.ShellTestSupport;

class UnitsViewModelTest {

    @TempDir
    Path dir;
    private App app;
    private final List<String> said = new ArrayList<>();
    private UnitsViewModel model;

    @BeforeEach
    void open() {
        app = App.open(dir);
        model = new UnitsViewModel(app.catalog(), ShellTestSupport.context(said));
        model.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void searchIgnoresAccentsAndFindsAliases() {
        model.searchProperty().set("van hoa");
        assertThat(model.visibleItems()).extracting(Unit::name).containsExactly("Phòng Văn hóa - Xã hội");
        model.searchProperty().set("dich vu tong hop");
        assertThat(model.visibleItems()).extracting(Unit::shortName).containsExactly("TTDVSNC");
        model.searchProperty().set("");
        assertThat(model.visibleItems()).hasSize(model.allItems().size());
    }

    @Test
    void aNewUnitIsSavedSelectedAndAnnounced() {
        model.startNew();
        model.nameProperty().set("Thôn Đông Hòa");
        model.kindProperty().set(UnitKind.VILLAGE);
        model.aliasesProperty().set("Đông Hòa\nthôn Đông Hoà");
        model.save();
        assertThat(model.errors().isEmpty()).isTrue();
        assertThat(model.selectedProperty().get().name()).isEqualTo("Thôn Đông Hòa");
        assertThat(model.selectedProperty().get().aliases()).containsExactly("Đông Hòa", "thôn Đông Hoà");
        assertThat(said).containsExactly("Đã lưu.");
        assertThat(app.catalog().units()).extracting(Unit::name).contains("Thôn Đông Hòa");
    }

    @Test
    void badInputStaysInTheFormWithItsMessages() {
        model.startNew();
        model.nameProperty().set("");
        model.sortOrderProperty().set("mười");
        model.save();
        assertThat(model.errors().map()).containsOnlyKeys("name", "sortOrder");
        assertThat(model.errors().get("sortOrder")).isEqualTo("Phải là một số nguyên.");

        model.nameProperty().set("Phòng văn hoá - xã hội");
        model.sortOrderProperty().set("5");
        model.save();
        assertThat(model.errors().get("name")).isEqualTo("Đã có mục tên \"Phòng văn hoá - xã hội\".");
        assertThat(said).isEmpty();
    }

    @Test
    void pickingARowFillsTheFormAndEditingKeepsItsId() {
        Unit vhxh = model.allItems().stream().filter(u -> "VHXH".equals(u.shortName())).findFirst().orElseThrow();
        model.selectedProperty().set(vhxh);
        assertThat(model.nameProperty().get()).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(model.editingNewProperty().get()).isFalse();
        model.activeProperty().set(false);
        model.save();
        assertThat(app.catalog().units()).filteredOn(u -> u.id().equals(vhxh.id())).singleElement()
                .satisfies(u -> assertThat(u.active()).isFalse());
    }
}
