package vn.cchcdesk.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"UBND", "HĐND", "MTTQ", "VHXH", "CCHC", "QĐ", "VH-XH", "TP.", "TTHC"})
    void acronymsAreNoSyllables(String word) {
        assertThat(VietnameseSyllables.isAcronym(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XÃ", "ĐỊNH", "NGHĨA", "NGUYỄN", "KHUYẾN", "TRUNG", "QUỐC", "HÒA", "Văn", "phòng", "gì", "A", "VỤ"})
    void wordsAreSyllables(String word) {
        assertThat(VietnameseSyllables.isAcronym(word)).isFalse();
    }
}
