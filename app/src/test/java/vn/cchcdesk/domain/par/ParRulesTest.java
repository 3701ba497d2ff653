package vn.cchcdesk.domain.par;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.catalog.ParChannel;

/** The publicity criterion of DOMAIN.md §7 scored from data rows. */
class ParRulesTest {

    static final ParCriterion PLAN = new ParCriterion(1L, "4.1", "Mức độ hoàn thành kế hoạch", new BigDecimal("1.00"),
            RuleKind.PLAN_FULFILMENT, null, new BigDecimal("90"), 10);
    static final ParCriterion BOARD = new ParCriterion(2L, "4.2.1", "Bảng điện tử", new BigDecimal("0.25"),
            RuleKind.CHANNEL_USED, ParChannel.ELECTRONIC_BOARD, null, 20);
    static final ParCriterion WEB = new ParCriterion(3L, "4.2.2", "Trang TTĐT, mạng xã hội", new BigDecimal("0.25"),
            RuleKind.CHANNEL_USED, ParChannel.WEB_SOCIAL, null, 30);
    static final ParCriterion TRADITIONAL = new ParCriterion(4L, "4.2.3", "Truyền thống", new BigDecimal("0.50"),
            RuleKind.CHANNEL_USED, ParChannel.TRADITIONAL, null, 40);
    static final List<ParCriterion> GUIDE = List.of(TRADITIONAL, PLAN, WEB, BOARD);

    static List<TargetOutcome> targets(int met, int set) {
        List<TargetOutcome> list = new ArrayList<>();
        for (int i = 0; i < set; i++) {
            boolean ok = i < met;
            list.add(new TargetOutcome(i, 9, "Chỉ tiêu " + i, 12, ok ? 12 : 7, ok, 12, ok ? 12 : 7, false, ok ? "" : "tháng 3/2026: 0/1"));
        }
        return list;
    }

    static ParFacts facts(int met, int set, ChannelUse... uses) {
        Map<ParChannel, ChannelUse> map = new java.util.EnumMap<>(ParChannel.class);
        for (ChannelUse u : uses) {
            map.put(u.channel(), u);
        }
        return new ParFacts(2026, targets(met, set), map);
    }

    @Test
    void everyTargetMetAndEveryChannelUsedGivesTheFullTwoPoints() {
        ParAssessment a = ParRules.assess(GUIDE, facts(5, 5, new ChannelUse(ParChannel.ELECTRONIC_BOARD, 3, 1),
                new ChannelUse(ParChannel.WEB_SOCIAL, 40, 10), new ChannelUse(ParChannel.TRADITIONAL, 25, 4)));
        assertThat(a.scores()).extracting(s -> s.criterion().code()).containsExactly("4.1", "4.2.1", "4.2.2", "4.2.3");
        assertThat(a.total()).isEqualByComparingTo("2.00");
        assertThat(a.maxTotal()).isEqualByComparingTo("2.00");
        assertThat(a.scores().get(0).reason()).isEqualTo(Reason.of("par.reason.allMet", 5L, 5));
        assertThat(a.scores().get(2).reason()).isEqualTo(Reason.of("par.reason.channelUsed", "40", "10"));
    }

    @Test
    void aShareAtOrAboveTheThresholdScoresProportionallyAndBelowItNothing() {
        ParCriterion at80 = new ParCriterion(1L, "4.1", "KH", new BigDecimal("1"), RuleKind.PLAN_FULFILMENT, null,
                new BigDecimal("80"), 10);
        CriterionScore fourOfFive = ParRules.score(at80, facts(4, 5));
        assertThat(fourOfFive.points()).isEqualByComparingTo("0.80");
        assertThat(fourOfFive.reason().key()).isEqualTo("par.reason.partlyMet");
        assertThat(fourOfFive.reason().args()).containsExactly(4L, 5, "80", "80", "Chỉ tiêu 4 (tháng 3/2026: 0/1)");

        // the guide's 90 % threshold: 4 of 5 is below it, 9 of 10 is on it
        assertThat(ParRules.score(PLAN, facts(4, 5)).points()).isEqualByComparingTo("0");
        assertThat(ParRules.score(PLAN, facts(4, 5)).reason().key()).isEqualTo("par.reason.belowThreshold");
        assertThat(ParRules.score(PLAN, facts(9, 10)).points()).isEqualByComparingTo("0.90");
        assertThat(ParRules.score(PLAN, facts(0, 0)).reason().key()).isEqualTo("par.reason.noTargets");
    }

    @Test
    void pointsFollowTheRowsSoAnotherGuideScoresDifferently() {
        ParCriterion twoPoints = new ParCriterion(1L, "3.4", "KH", new BigDecimal("2.5"), RuleKind.PLAN_FULFILMENT, null,
                new BigDecimal("50"), 10);
        assertThat(ParRules.score(twoPoints, facts(2, 3)).points()).isEqualByComparingTo("1.67");
    }

    @Test
    void aChannelWithoutActivitiesScoresZeroAndOneWithoutFilesAsksForEvidence() {
        ParAssessment a = ParRules.assess(GUIDE, facts(5, 5, new ChannelUse(ParChannel.WEB_SOCIAL, 12, 0)));
        assertThat(a.scores()).extracting(CriterionScore::points)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1"), BigDecimal.ZERO, new BigDecimal("0.25"), BigDecimal.ZERO);
        assertThat(a.scores().get(1).reason()).isEqualTo(Reason.of("par.reason.channelUnused", 2026));
        assertThat(a.scores().get(2).reason().key()).isEqualTo("par.reason.channelNoEvidence");
        assertThat(a.total()).isEqualByComparingTo("1.25");
    }

    @Test
    void aRowIsValidatedBeforeItIsStored() {
        assertThat(PLAN.validate()).isEmpty();
        assertThat(BOARD.validate()).isEmpty();
        ParCriterion bad = new ParCriterion(null, "4/1", " ", new BigDecimal("0.125"), RuleKind.CHANNEL_USED, null,
                new BigDecimal("90"), 0);
        assertThat(bad.validate()).extracting(Problem::field, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("code", "par.criterion.badCode"),
                org.assertj.core.groups.Tuple.tuple("title", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("maxPoints", "par.criterion.badPoints"),
                org.assertj.core.groups.Tuple.tuple("channel", "par.criterion.channelNeeded"),
                org.assertj.core.groups.Tuple.tuple("threshold", "par.criterion.noThreshold"));
        ParCriterion plan = new ParCriterion(null, "4.1", "KH", BigDecimal.ONE, RuleKind.PLAN_FULFILMENT,
                ParChannel.TRADITIONAL, new BigDecimal("120"), 0);
        assertThat(plan.validate()).extracting(Problem::field).containsExactly("channel", "threshold");
    }

    @Test
    void evidenceNamesAreSafeAndUniqueInTheirFolder() {
        SafeNames names = new SafeNames();
        assertThat(names.unique("Báo cáo: quý I/2026?.pdf")).isEqualTo("Báo cáo_ quý I_2026_.pdf");
        assertThat(names.unique("CON.txt")).isEqualTo("_CON.txt");
        assertThat(names.unique("ảnh.JPG")).isEqualTo("ảnh.JPG");
        assertThat(names.unique("Ảnh.jpg")).isEqualTo("Ảnh (2).jpg");
        assertThat(SafeNames.clean("../../etc/passwd")).isEqualTo("_.._etc_passwd");
        assertThat(SafeNames.clean(" .. ")).isEqualTo("tep");
        assertThat(SafeNames.clean("a".repeat(200) + ".docx")).hasSize(SafeNames.MAX_LENGTH).endsWith(".docx");
    }
}
