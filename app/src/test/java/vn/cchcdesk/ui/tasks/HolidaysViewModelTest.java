package vn.cchcdesk.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.calendar.Holiday;
import vn.cchcdesk.ui.ShellTestSupport;

/** The holiday list of a year, corrected by the clerk; each change re-flags the deadlines. */
class HolidaysViewModelTest {

    @TempDir
    Path dir;
    private App app;
    private final List<String> said = new ArrayList<>();
    private int changes;
    private HolidaysViewModel model;

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK);
        model = new HolidaysViewModel(app.holidays(), ShellTestSupport.context(said), () -> changes++);
        model.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theYearIsFilledInAndCorrectedByTheClerk() {
        assertThat(model.yearProperty().get()).isEqualTo(2026);
        assertThat(model.years()).containsExactly(2025, 2026, 2027, 2028);
        assertThat(model.items()).hasSize(12);

        Holiday companion = model.items().stream().filter(h -> h.date().equals(LocalDate.of(2026, 9, 1))).findFirst().orElseThrow();
        model.selectedProperty().set(companion);
        assertThat(model.nameProperty().get()).isEqualTo("Quốc khánh (ngày liền kề 2/9)");
        model.dateProperty().set(LocalDate.of(2026, 9, 3));
        model.save();
        assertThat(model.items()).extracting(Holiday::date).contains(LocalDate.of(2026, 9, 3)).doesNotContain(LocalDate.of(2026, 9, 1));
        assertThat(changes).isEqualTo(1);

        model.startNew();
        model.dateProperty().set(LocalDate.of(2026, 4, 30));
        model.nameProperty().set("Trùng ngày");
        model.save();
        assertThat(model.errors().get("date")).isEqualTo("Ngày 30/04/2026 đã có trong danh sách ngày nghỉ.");
        model.nameProperty().set(" ");
        model.save();
        assertThat(model.errors().get("name")).isEqualTo("Không được để trống.");

        model.selectedProperty().set(model.items().get(0));
        model.deleteSelected();
        assertThat(model.items()).hasSize(11);
        model.addComputed();
        assertThat(said).endsWith("Đã bổ sung 2 ngày nghỉ của năm 2026.");
        assertThat(model.items()).hasSize(13);

        model.yearProperty().set(2028);
        assertThat(model.items()).as("years after next are not filled in by themselves").isEmpty();
    }
}
