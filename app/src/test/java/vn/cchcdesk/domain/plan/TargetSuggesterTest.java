package vn.cchcdesk.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.catalog.PublicityForm;

/** Targets read from the sentences of a plan, with the form each sentence names. */
class TargetSuggesterTest {

    static final List<PublicityForm> FORMS = List.of(
            new PublicityForm(1L, "RADIO", "Chương trình phát thanh (đài truyền thanh cơ sở)", ParChannel.TRADITIONAL, "chương trình", 10, true),
            new PublicityForm(2L, "WEBSITE", "Tin, bài trên Trang thông tin điện tử", ParChannel.WEB_SOCIAL, "tin, bài", 20, true),
            new PublicityForm(3L, "SOCIAL", "Bài đăng mạng xã hội (Zalo OA, Facebook)", ParChannel.WEB_SOCIAL, "bài đăng", 30, true),
            new PublicityForm(7L, "BANNER", "Pano, áp phích, băng rôn, khẩu hiệu", ParChannel.TRADITIONAL, "cái", 70, true),
            new PublicityForm(8L, "CONFERENCE", "Hội nghị, hội thảo, tập huấn", ParChannel.TRADITIONAL, "hội nghị", 80, true),
            new PublicityForm(10L, "CONTEST", "Cuộc thi tìm hiểu về CCHC", ParChannel.TRADITIONAL, "cuộc thi", 100, true),
            new PublicityForm(12L, "OLD", "Bản tin giấy", ParChannel.TRADITIONAL, "bản", 120, false));

    @Test
    void readsTheTargetsOfAPlan() {
        String plan = """
                2. Đài truyền thanh xã xây dựng chuyên mục cải cách hành chính, phát sóng tối thiểu 02 lần/tháng vào các buổi sáng.
                3. Trang thông tin điện tử xã duy trì chuyên mục CCHC, đăng tối thiểu 03 tin, bài/quý.
                4. Tổ chức ít nhất 01 hội nghị tập huấn mỗi năm cho cán bộ, công chức; 
                5. Mỗi tháng ít nhất 04 bài đăng trên trang Zalo OA của UBND xã.
                """;
        assertThat(TargetSuggester.suggest(plan, FORMS)).containsExactly(
                new TargetSuggestion(1L, 2, TargetPeriod.MONTH,
                        "Đài truyền thanh xã xây dựng chuyên mục cải cách hành chính, phát sóng tối thiểu 02 lần/tháng vào các buổi sáng."),
                new TargetSuggestion(2L, 3, TargetPeriod.QUARTER,
                        "Trang thông tin điện tử xã duy trì chuyên mục CCHC, đăng tối thiểu 03 tin, bài/quý."),
                new TargetSuggestion(8L, 1, TargetPeriod.YEAR,
                        "Tổ chức ít nhất 01 hội nghị tập huấn mỗi năm cho cán bộ, công chức;"),
                new TargetSuggestion(3L, 4, TargetPeriod.MONTH,
                        "Mỗi tháng ít nhất 04 bài đăng trên trang Zalo OA của UBND xã."));
    }

    @Test
    void aQuantityUnderAHeadingTakesTheHeadingsForm() throws Exception {
        // the An Bình plan: "1. Tuyên truyền trên hệ thống truyền thanh cơ sở" … "- Thời gian thực hiện: Hằng tháng, tối thiểu 02 lần/tháng."
        String plan;
        try (var in = getClass().getResourceAsStream("/fixtures/xa-an-binh_ke-hoach_tuyen-truyen-cchc_2026.txt")) {
            plan = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(TargetSuggester.suggest(plan, FORMS)).singleElement().satisfies(s -> {
            assertThat(s.formId()).isEqualTo(1L);
            assertThat(s.quantity()).isEqualTo(2);
            assertThat(s.per()).isEqualTo(TargetPeriod.MONTH);
            assertThat(s.sourceText()).isEqualTo("1. Tuyên truyền trên hệ thống truyền thanh cơ sở … "
                    + "- Thời gian thực hiện: Hằng tháng, tối thiểu 02 lần/tháng.");
        });
        // a heading of another item is not looked at
        assertThat(TargetSuggester.suggest("1. Phát trên loa truyền thanh.\n2. Tuyên truyền khác\n- tối thiểu 03 lần/quý", FORMS)).isEmpty();
    }

    @Test
    void theFormMayBeNamedAfterTheQuantityAndAccentsDoNotMatter() {
        assertThat(TargetSuggester.suggest("Dang toi thieu 05 tin bai / thang tren trang thong tin dien tu xa.", FORMS))
                .singleElement().satisfies(s -> {
                    assertThat(s.formId()).isEqualTo(2L);
                    assertThat(s.quantity()).isEqualTo(5);
                    assertThat(s.per()).isEqualTo(TargetPeriod.MONTH);
                });
    }

    @Test
    void theNearestFormBeforeTheQuantityWins() {
        assertThat(TargetSuggester.suggest("Treo băng rôn tại trụ sở và phát trên loa truyền thanh 03 lần/tuần; "
                + "treo pano, áp phích 02 cái/quý.", FORMS))
                .extracting(TargetSuggestion::formId, TargetSuggestion::quantity, TargetSuggestion::per)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, 2, TargetPeriod.QUARTER));
    }

    @Test
    void ignoresDatesNumbersWithoutPeriodsWordsInsideWordsAndInactiveForms() {
        assertThat(TargetSuggester.suggest("Thực hiện Kế hoạch số 42/KH-UBND ngày 05/3/2026; in 1.000 bản tin giấy/năm.", FORMS)).isEmpty();
        assertThat(TargetSuggester.suggest("Các loại hình tuyên truyền: 02 lần/tháng.", FORMS)).isEmpty();
        assertThat(TargetSuggester.suggest("Đẩy mạnh tuyên truyền 02 lần/tháng.", FORMS)).isEmpty();
        assertThat(TargetSuggester.suggest(null, FORMS)).isEmpty();
    }

    @Test
    void oneSuggestionPerFormAndPeriod() {
        assertThat(TargetSuggester.suggest("Đài truyền thanh phát 02 lần/tháng. Đài truyền thanh phát lại 03 lần/tháng.", FORMS))
                .singleElement().extracting(TargetSuggestion::quantity).isEqualTo(2);
    }
}
