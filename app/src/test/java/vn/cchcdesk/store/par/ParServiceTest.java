package vn.cchcdesk.store.par;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.par.TargetOutcome;
import vn.cchcdesk.domain.par.CriterionScore;
import vn.cchcdesk.domain.par.EvidenceItem;
import vn.cchcdesk.domain.par.EvidenceKind;
import vn.cchcdesk.domain.par.EvidencePack;
import vn.cchcdesk.domain.par.ParAssessment;
import vn.cchcdesk.domain.par.ParCriterion;
import vn.cchcdesk.domain.par.RuleKind;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.ui.ShellTestSupport;

/** The guide's rows as seeded, edited, and a year scored from real plan targets and activities in H2. */
class ParServiceTest {

    @TempDir
    Path dir;
    private App app;

    @BeforeEach
    void open() {
        ShellTestSupport.setUpCommune(dir.resolve("data"));
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theProvinceGuideIsSeededByReferenceData() {
        assertThat(app.par().criteria()).extracting(ParCriterion::code, c -> c.maxPoints().toPlainString(), ParCriterion::rule,
                ParCriterion::channel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("4.1", "1.00", RuleKind.PLAN_FULFILMENT, null),
                org.assertj.core.groups.Tuple.tuple("4.2.1", "0.25", RuleKind.CHANNEL_USED, ParChannel.ELECTRONIC_BOARD),
                org.assertj.core.groups.Tuple.tuple("4.2.2", "0.25", RuleKind.CHANNEL_USED, ParChannel.WEB_SOCIAL),
                org.assertj.core.groups.Tuple.tuple("4.2.3", "0.50", RuleKind.CHANNEL_USED, ParChannel.TRADITIONAL));
    }

    @Test
    void aYearIsScoredFromItsTargetsAndTheChannelsUsed() {
        ParFixtures.fill(app, dir.resolve("files"));
        ParAssessment a = app.par().assess(2026);
        assertThat(a.scores()).extracting(s -> s.criterion().code(), s -> s.points().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4.1", "1.00"), org.assertj.core.groups.Tuple.tuple("4.2.1", "0.00"),
                        org.assertj.core.groups.Tuple.tuple("4.2.2", "0.25"), org.assertj.core.groups.Tuple.tuple("4.2.3", "0.50"));
        assertThat(a.total()).isEqualByComparingTo("1.75");
        assertThat(a.facts().use(ParChannel.TRADITIONAL).activities()).isEqualTo(13);
        assertThat(a.facts().use(ParChannel.TRADITIONAL).withEvidence()).isEqualTo(1);
        assertThat(a.facts().use(ParChannel.WEB_SOCIAL).withEvidence()).isEqualTo(1);
        assertThat(a.facts().targets()).extracting(t -> t.label()).contains("Chương trình phát thanh (đài truyền thanh cơ sở): 2/tháng");

        // a month without radio leaves a target short: 2 of 3 is under the 90 % threshold
        app.database().dsl().transaction(() -> app.database().dsl().deleteFrom(vn.cchcdesk.store.jooq.Tables.ACTIVITY)
                .where(vn.cchcdesk.store.jooq.Tables.ACTIVITY.TITLE.eq("Chuyên mục CCHC tháng 7")).execute());
        CriterionScore plan = app.par().assess(2026).scores().get(0);
        assertThat(plan.points()).isEqualByComparingTo("0");
        assertThat(plan.reason().key()).isEqualTo("par.reason.belowThreshold");
        assertThat(plan.reason().args()).contains(2L, 3, "66,7");
        // on 20/5 July is still ahead: the target is short but can still be met
        assertThat(radio()).extracting(TargetOutcome::met, TargetOutcome::open, TargetOutcome::periods, TargetOutcome::periodsMet,
                TargetOutcome::shortfall).containsExactly(false, true, 12, 11, "còn 1 tháng chưa đến");
        assertThat(plan.reason().args()).contains("Chương trình phát thanh (đài truyền thanh cơ sở): 2/tháng (còn 1 tháng chưa đến)");

        // March has ended short: that cannot be made good, and the month is named
        app.database().dsl().transaction(() -> app.database().dsl().deleteFrom(vn.cchcdesk.store.jooq.Tables.ACTIVITY)
                .where(vn.cchcdesk.store.jooq.Tables.ACTIVITY.TITLE.eq("Chuyên mục CCHC tháng 3")).execute());
        assertThat(radio()).extracting(TargetOutcome::open, TargetOutcome::periodsMet, TargetOutcome::shortfall)
                .containsExactly(false, 10, "tháng 3/2026: 0/2; còn 1 tháng chưa đến");
    }

    private TargetOutcome radio() {
        return app.par().facts(2026).targets().stream().filter(t -> t.label().startsWith("Chương trình phát thanh")).findFirst().orElseThrow();
    }

    @Test
    void theEvidenceHoldsThePlanTheReportsOnPublicityAndActivitiesWithFilesUnderTheirCriterion() {
        ParFixtures.fill(app, dir.resolve("files"));
        EvidencePack pack = app.par().evidence(2026);
        assertThat(pack.communeName()).isEqualTo("xã Định Tân");
        assertThat(pack.items()).extracting(EvidenceItem::criterionCode, EvidenceItem::kind, i -> i.files().size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("4.1", EvidenceKind.PLAN, 1),
                        org.assertj.core.groups.Tuple.tuple("4.1", EvidenceKind.REPORT, 1),
                        org.assertj.core.groups.Tuple.tuple("4.2.2", EvidenceKind.ACTIVITY, 1),
                        org.assertj.core.groups.Tuple.tuple("4.2.3", EvidenceKind.ACTIVITY, 2));
        assertThat(pack.fileCount()).isEqualTo(ParFixtures.FILES);
        assertThat(pack.items().get(3).files().get(0).name()).isEqualTo("Thể lệ: cuộc thi?.pdf");
        assertThat(pack.items().get(3).files().get(0).source()).exists();
    }

    @Test
    void anotherGuideEditsTheRowsValidatedAndAudited() {
        ParCriterion board = app.par().criteria().get(1);
        ParCriterion edited = new ParCriterion(board.id(), "4.2.1", board.title(), new BigDecimal("0.5"), RuleKind.CHANNEL_USED,
                ParChannel.ELECTRONIC_BOARD, null, 20);
        app.par().save(edited);
        assertThat(app.par().criteria().get(1).maxPoints()).isEqualByComparingTo("0.5");
        ParCriterion added = app.par().save(new ParCriterion(null, "4.3", "Khảo sát sự hài lòng", new BigDecimal("0.25"),
                RuleKind.CHANNEL_USED, ParChannel.WEB_SOCIAL, null, 50));
        assertThat(app.par().criteria()).hasSize(5);
        assertThatThrownBy(() -> app.par().save(new ParCriterion(null, "4.3", "Trùng mã", BigDecimal.ONE, RuleKind.CHANNEL_USED,
                ParChannel.WEB_SOCIAL, null, 60))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(vn.cchcdesk.domain.Problem::messageKey).containsExactly("par.criterion.codeTaken"));
        assertThatThrownBy(() -> app.par().save(new ParCriterion(null, "4.4", "", BigDecimal.ONE, RuleKind.PLAN_FULFILMENT,
                null, null, 60))).isInstanceOf(ValidationException.class);
        app.par().delete(added.id());
        assertThat(app.par().criteria()).extracting(ParCriterion::code).containsExactly("4.1", "4.2.1", "4.2.2", "4.2.3");
        assertThat(new AuditLog(app.database().dsl()).history("par_criterion", added.id())).hasSize(2);
        assertThat(new AuditLog(app.database().dsl()).history("par_criterion", board.id())).hasSize(1);
        assertThat(app.par().assess(2026).maxTotal()).isEqualByComparingTo(List.of("1", "0.5", "0.25", "0.5").stream()
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
