package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitPhrasesTest {

    @Test
    void theSubjectEndsWhereThePredicateStarts() {
        assertThat(UnitPhrases.leadingPhrase("Trung tâm cung ứng dịch vụ công phối hợp với phòng Văn hóa - Xã hội"))
                .contains("Trung tâm cung ứng dịch vụ công");
        assertThat(UnitPhrases.leadingPhrase("Các phòng, trung tâm, đơn vị trên địa bàn xã thường xuyên truy cập"))
                .contains("Các phòng, trung tâm, đơn vị trên địa bàn xã");
        assertThat(UnitPhrases.leadingPhrase("Các phòng, đơn vị, tổ chức chính trị - xã hội căn cứ chức năng"))
                .contains("Các phòng, đơn vị, tổ chức chính trị - xã hội");
        assertThat(UnitPhrases.leadingPhrase("Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp"))
                .as("capitalised words are names, never the predicate").contains("Phòng Văn hóa và Thông tin huyện");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tổ chức hội nghị tuyên truyền cho cán bộ", "Ban hành kế hoạch tuyên truyền", "Hội nghị giao ban quý",
            "Phòng, chống tham nhũng trong công tác", "Đẩy mạnh tuyên truyền về vị trí", "Các hình thức tuyên truyền khác",
            "Trường hợp có khó khăn, vướng mắc"})
    void textsThatOnlyLookLikeAUnit(String text) {
        assertThat(UnitPhrases.leadingPhrase(text)).isEmpty();
    }

    @Test
    void aListSplitsOnlyWhereANewUnitStarts() {
        assertThat(UnitPhrases.split("phòng Văn hóa - Xã hội, Trung tâm phục vụ hành chính công của xã"))
                .containsExactly("phòng Văn hóa - Xã hội", "Trung tâm phục vụ hành chính công của xã");
        assertThat(UnitPhrases.split("Trung tâm Dịch vụ sự nghiệp công và các phòng, đơn vị liên quan"))
                .containsExactly("Trung tâm Dịch vụ sự nghiệp công", "các phòng, đơn vị liên quan");
        assertThat(UnitPhrases.split("các cơ quan, đơn vị")).containsExactly("các cơ quan, đơn vị");
        assertThat(UnitPhrases.split("các phòng chức năng của Sở Văn hóa, Thể thao và Du lịch"))
                .containsExactly("các phòng chức năng của Sở Văn hóa, Thể thao và Du lịch");
        assertThat(UnitPhrases.split("Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội"))
                .as("the Front and the mass organisations are named as one body").hasSize(1);
        assertThat(UnitPhrases.split("Văn phòng HĐND và UBND")).containsExactly("Văn phòng HĐND và UBND");
        assertThat(UnitPhrases.split("Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã"))
                .containsExactly("Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã");
    }

    @Test
    void theBodyGivingOrdersIsNoUnit() {
        assertThat(UnitPhrases.isOrderer("Ủy ban nhân dân xã Tân Minh")).isTrue();
        assertThat(UnitPhrases.isOrderer("Chủ tịch UBND xã")).isTrue();
        assertThat(UnitPhrases.isOrderer("Phòng Kinh tế")).isFalse();
    }
}
