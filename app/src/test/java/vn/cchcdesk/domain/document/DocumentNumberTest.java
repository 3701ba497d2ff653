package vn.cchcdesk.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "1069/UBND-VHTT        | 1069 | UBND-VHTT",
            "Số: 15/QĐ-BNV         | 15   | QĐ-BNV",
            "SỐ: 42/KH-UBND        | 42   | KH-UBND",
            "132-KH/UBND           | 132  | KH-UBND",
            "049/QĐ-BNV            | 049  | QĐ-BNV",
            "Số:      /UBND-VHXH   | NULL | UBND-VHXH",
            "/UBND-VHXH            | NULL | UBND-VHXH",
            "1478/SNV-CCHC&VTTLT   | 1478 | SNV-CCHC&VTTLT",
            "Số 4110 / VP-NVKTGS   | 4110 | VP-NVKTGS",
            "30/2020/NĐ-CP         | 30   | 2020/NĐ-CP",
            "12/QyĐ-UBND           | 12   | QyĐ-UBND"
    })
    void parsesRealNumbersAndSymbols(String text, String number, String symbol) {
        DocumentNumber parsed = DocumentNumber.parse(text).orElseThrow();
        assertThat(parsed.number()).isEqualTo(number);
        assertThat(parsed.symbol()).isEqualTo(symbol);
    }

    @Test
    void refusesWhatIsNotANumberAndSymbol() {
        assertThat(DocumentNumber.parse("Về việc đẩy mạnh")).isEmpty();
        assertThat(DocumentNumber.parse("")).isEmpty();
        assertThat(DocumentNumber.parse(null)).isEmpty();
        assertThat(DocumentNumber.parse("12/")).isEmpty();
    }

    @Test
    void numberValueDropsLeadingZeros() {
        assertThat(DocumentNumber.parse("049/QĐ-BNV").orElseThrow().numberValue()).contains(49);
        assertThat(DocumentNumber.parse("/UBND-VHXH").orElseThrow().numberValue()).isEmpty();
    }

    @Test
    void typeComesFromTheFirstGroupOfTheSymbol() {
        assertThat(DocumentNumber.parse("42/KH-UBND").orElseThrow().typeFromSymbol()).contains(DocumentType.KE_HOACH);
        assertThat(DocumentNumber.parse("15/QĐ-BNV").orElseThrow().typeFromSymbol()).contains(DocumentType.QUYET_DINH);
        assertThat(DocumentNumber.parse("12/QyĐ-UBND").orElseThrow().typeFromSymbol()).contains(DocumentType.QUY_DINH);
        assertThat(DocumentNumber.parse("30/2020/NĐ-CP").orElseThrow().typeFromSymbol()).isEmpty();
        assertThat(DocumentNumber.parse("1069/UBND-VHTT").orElseThrow().typeFromSymbol()).isEmpty();
    }

    @Test
    void formatsBackAndBuildsSymbolsOfTheCommune() {
        assertThat(DocumentNumber.parse("132-KH/UBND").orElseThrow().format()).isEqualTo("132/KH-UBND");
        assertThat(new DocumentNumber(null, "UBND-VHXH").format()).isEqualTo("/UBND-VHXH");
        assertThat(DocumentNumber.symbolFor(DocumentType.KE_HOACH, "UBND", "VHXH")).isEqualTo("KH-UBND");
        assertThat(DocumentNumber.symbolFor(DocumentType.CONG_VAN, "UBND", "VHXH")).isEqualTo("UBND-VHXH");
    }

    @Test
    void aNumberIsDigitsOnly() {
        assertThatThrownBy(() -> new DocumentNumber("12a", "KH-UBND")).isInstanceOf(IllegalArgumentException.class);
    }
}
