package vn.cchcdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.TaskFixtures.activity;
import static vn.cchcdesk.store.TaskFixtures.form;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.plan.PlanTarget;
import vn.cchcdesk.domain.plan.TargetPeriod;
import vn.cchcdesk.domain.plan.TargetProgress;
import vn.cchcdesk.domain.plan.TargetStatus;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.ui.ShellTestSupport;

/** A plan's targets suggested from its text, accepted, and measured against the activities logged. */
class PlanTargetServiceTest {

    static final String PLAN_TEXT = """
            KẾ HOẠCH Tuyên truyền cải cách hành chính năm 2026
            1. Đài truyền thanh xã phát chuyên mục cải cách hành chính tối thiểu 02 lần/tháng.
            2. Trang thông tin điện tử xã đăng tối thiểu 03 tin, bài/quý về CCHC.
            3. Tổ chức 01 cuộc thi tìm hiểu về CCHC mỗi năm.
            """;

    @TempDir
    Path dir;
    private App app;
    private Document plan;

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK); // 20/05/2026
        plan = TaskFixtures.plan(app, PLAN_TEXT);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void suggestsTargetsFromThePlanOnceAndKeepsThemMarkedUntilAccepted() {
        assertThat(app.planTargets().plans()).extracting(DocumentRef::id).containsExactly(plan.id());
        assertThat(app.planTargets().suggest(plan.id())).isEqualTo(3);
        assertThat(app.planTargets().suggest(plan.id())).as("nothing new the second time").isZero();
        List<PlanTarget> targets = app.planTargets().ofPlan(plan.id());
        assertThat(targets).extracting(PlanTarget::formId, PlanTarget::quantity, PlanTarget::per, PlanTarget::year, PlanTarget::suggested)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(form(app, "RADIO").id(), 2, TargetPeriod.MONTH, 2026, true),
                        org.assertj.core.groups.Tuple.tuple(form(app, "WEBSITE").id(), 3, TargetPeriod.QUARTER, 2026, true),
                        org.assertj.core.groups.Tuple.tuple(form(app, "CONTEST").id(), 1, TargetPeriod.YEAR, 2026, true));
        assertThat(targets.get(0).sourceText()).isEqualTo("Đài truyền thanh xã phát chuyên mục cải cách hành chính tối thiểu 02 lần/tháng.");

        PlanTarget accepted = app.planTargets().accept(targets.get(0).id());
        assertThat(accepted.suggested()).isFalse();
        assertThat(app.planTargets().ofPlan(plan.id()).get(0).suggested()).isFalse();
        assertThat(new AuditLog(app.database().dsl()).history("plan_target", accepted.id())).hasSize(2);
    }

    @Test
    void aPlanWithoutTextCannotSuggest() {
        Document bare = TaskFixtures.directive(app, vn.cchcdesk.domain.document.DocumentType.KE_HOACH, "50/KH-UBND", 1, 4,
                "Kế hoạch khác", null);
        assertThatThrownBy(() -> app.planTargets().suggest(bare.id())).hasMessageContaining("tasks.target.noText");
    }

    @Test
    void targetsByHandAreValidatedAndUniquePerFormAndPeriod() {
        long radio = form(app, "RADIO").id();
        PlanTarget saved = app.planTargets().save(new PlanTarget(null, plan.id(), radio, 2, TargetPeriod.MONTH, 2026, null, false));
        assertThatThrownBy(() -> app.planTargets().save(new PlanTarget(null, plan.id(), radio, 4, TargetPeriod.MONTH, 2026, null, false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(p -> p.messageKey())
                        .containsExactly("tasks.target.duplicate"));
        assertThatThrownBy(() -> app.planTargets().save(new PlanTarget(null, plan.id(), radio, 0, TargetPeriod.YEAR, 2026, null, false)))
                .isInstanceOf(ValidationException.class);
        app.planTargets().save(new PlanTarget(saved.id(), plan.id(), radio, 3, TargetPeriod.MONTH, 2026, null, false));
        assertThat(app.planTargets().ofPlan(plan.id())).singleElement().extracting(PlanTarget::quantity).isEqualTo(3);
        app.planTargets().delete(saved.id());
        assertThat(app.planTargets().ofPlan(plan.id())).isEmpty();
    }

    @Test
    void progressCountsTheLiveActivitiesOfTheFormInEachPeriod() {
        app.planTargets().suggest(plan.id());
        for (int month = 1; month <= 4; month++) {
            activity(app, "RADIO", LocalDate.of(2026, month, 8), 1, false);
            activity(app, "RADIO", LocalDate.of(2026, month, 22), 1, false);
        }
        activity(app, "RADIO", LocalDate.of(2026, 5, 6), 1, false);
        activity(app, "RADIO", LocalDate.of(2026, 5, 7), 1, true);  // in the trash: not counted
        activity(app, "RADIO", LocalDate.of(2025, 5, 7), 5, false); // last year: not counted
        activity(app, "WEBSITE", LocalDate.of(2026, 2, 10), 3, false);
        activity(app, "WEBSITE", LocalDate.of(2026, 4, 10), 1, false);

        List<TargetProgress> progress = app.planTargets().progress(plan.id(), LocalDate.of(2026, 5, 20));
        assertThat(progress).extracting(TargetProgress::status)
                .containsExactly(TargetStatus.ON_TRACK, TargetStatus.ON_TRACK, TargetStatus.ON_TRACK);
        assertThat(progress.get(0).doneInYear()).isEqualTo(9);
        assertThat(progress.get(0).periodOf(LocalDate.of(2026, 5, 20)).orElseThrow().done()).isEqualTo(1);
        assertThat(app.planTargets().progress(plan.id(), LocalDate.of(2026, 5, 28)).get(0).status())
                .as("the last week of May with one programme of two").isEqualTo(TargetStatus.AT_RISK);
        assertThat(app.planTargets().progress(plan.id(), LocalDate.of(2026, 6, 2)).get(0).status()).isEqualTo(TargetStatus.BEHIND);
        assertThat(app.planTargets().progressOfYear(2026, LocalDate.of(2026, 5, 20))).hasSize(3);
        assertThat(app.planTargets().progressOfYear(2025, LocalDate.of(2026, 5, 20))).isEmpty();
    }
}
