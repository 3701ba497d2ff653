package vn.cchcdesk.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.store.TaskFixtures.form;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.plan.TargetPeriod;
import vn.cchcdesk.domain.plan.TargetStatus;
import vn.cchcdesk.store.TaskFixtures;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.tasks.PlanTargetsViewModel.TargetLine;

/** A plan's targets on screen: suggested, accepted, entered by hand, with their progress. */
class PlanTargetsViewModelTest {

    @TempDir
    Path dir;
    private App app;
    private final List<String> said = new ArrayList<>();
    private PlanTargetsViewModel model;

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK);
        TaskFixtures.plan(app, TaskDemoData.PLAN_TEXT);
        for (int month = 1; month <= 5; month++) {
            TaskFixtures.activity(app, "RADIO", java.time.LocalDate.of(2026, month, 3), 2, false);
        }
        model = new PlanTargetsViewModel(app.planTargets(), app.catalog(), ShellTestSupport.context(said));
        model.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void suggestionsFromThePlanAreMarkedUntilAccepted() {
        assertThat(model.planProperty().get().number().format()).isEqualTo("42/KH-UBND");
        assertThat(model.lines()).isEmpty();
        model.suggest();
        assertThat(said).contains("Đã tìm thấy 5 chỉ tiêu trong kế hoạch. Hãy kiểm tra rồi bấm \"Duyệt\".");
        assertThat(model.lines()).extracting(l -> l.form().code()).containsExactly("RADIO", "WEBSITE", "SOCIAL", "CONTEST", "BANNER");
        TargetLine radio = model.lines().get(0);
        assertThat(radio.target().suggested()).isTrue();
        assertThat(radio.progress().status()).isEqualTo(TargetStatus.MET);
        assertThat(radio.progress().doneInYear()).isEqualTo(10);

        model.accept(radio);
        assertThat(model.lines().get(0).target().suggested()).isFalse();
        model.suggest();
        assertThat(said).endsWith("Không tìm thấy chỉ tiêu mới nào trong nội dung kế hoạch.");
    }

    @Test
    void aTargetByHandAndItsMistakes() {
        model.startNew();
        model.save();
        assertThat(model.errors().get("form")).isEqualTo("Không được để trống.");
        assertThat(model.errors().get("quantity")).isEqualTo("Phải là một số nguyên.");
        model.formProperty().set(form(app, "CONFERENCE"));
        model.quantityProperty().set("0");
        model.save();
        assertThat(model.errors().get("quantity")).isEqualTo("Phải là số lớn hơn 0.");
        model.quantityProperty().set("2");
        model.perProperty().set(TargetPeriod.QUARTER);
        model.save();
        assertThat(model.lines()).singleElement().satisfies(l -> {
            assertThat(l.target().quantity()).isEqualTo(2);
            assertThat(l.target().per()).isEqualTo(TargetPeriod.QUARTER);
            assertThat(l.target().suggested()).isFalse();
            assertThat(l.target().year()).isEqualTo(2026);
        });

        model.startNew();
        model.formProperty().set(form(app, "CONFERENCE"));
        model.quantityProperty().set("3");
        model.perProperty().set(TargetPeriod.QUARTER);
        model.save();
        assertThat(model.errors().get("form")).isEqualTo("Kế hoạch này đã có chỉ tiêu cho hình thức và kỳ này.");

        model.selectedProperty().set(model.lines().get(0));
        assertThat(model.quantityProperty().get()).isEqualTo("2");
        model.delete(model.lines().get(0));
        assertThat(model.lines()).isEmpty();
    }
}
