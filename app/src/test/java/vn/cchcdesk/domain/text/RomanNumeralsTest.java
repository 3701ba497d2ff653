package vn.cchcdesk.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanNumeralsTest {

    @Test
    void writesSectionsAndQuarters() {
        assertThat(RomanNumerals.of(1)).isEqualTo("I");
        assertThat(RomanNumerals.of(4)).isEqualTo("IV");
        assertThat(RomanNumerals.of(9)).isEqualTo("IX");
        assertThat(RomanNumerals.of(14)).isEqualTo("XIV");
        assertThat(RomanNumerals.of(40)).isEqualTo("XL");
        assertThat(RomanNumerals.of(2026)).isEqualTo("MMXXVI");
        assertThat(RomanNumerals.of(0)).isEmpty();
    }
}
