package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyNamesTest {

    @Test
    void upperCaseNamesInOrdinaryCase() {
        assertThat(BodyNames.ordinaryCase("ỦY BAN NHÂN DÂN XÃ ĐỊNH TÂN")).isEqualTo("Ủy ban nhân dân xã Định Tân");
        assertThat(BodyNames.ordinaryCase("ỦY BAN NHÂN DÂN HUYỆN HƯƠNG SƠN")).isEqualTo("Ủy ban nhân dân huyện Hương Sơn");
        assertThat(BodyNames.ordinaryCase("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG")).isEqualTo("Ủy ban nhân dân thành phố Hải Phòng");
        assertThat(BodyNames.ordinaryCase("SỞ NỘI VỤ")).isEqualTo("Sở Nội vụ");
        assertThat(BodyNames.ordinaryCase("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(BodyNames.ordinaryCase("PHÒNG VĂN HÓA - XÃ HỘI")).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(BodyNames.ordinaryCase("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH")).isEqualTo("Văn phòng Ủy ban nhân dân tỉnh");
        assertThat(BodyNames.ordinaryCase("UBND TỈNH THANH HÓA")).isEqualTo("UBND tỉnh Thanh Hóa");
        assertThat(BodyNames.ordinaryCase("Ủy ban nhân dân xã Tân Minh")).as("mixed case stays").isEqualTo("Ủy ban nhân dân xã Tân Minh");
    }

    @Test
    void theIssuerIsTheLastBodyOfTheHeader() {
        assertThat(BodyNames.issuer(List.of("ỦY BAN NHÂN DÂN", "XÃ THANH MIỆN"))).isEqualTo("Ủy ban nhân dân xã Thanh Miện");
        assertThat(BodyNames.issuer(List.of("UBND HUYỆN HƯƠNG SƠN", "PHÒNG NỘI VỤ"))).isEqualTo("Phòng Nội vụ");
        assertThat(BodyNames.issuer(List.of("UBND TỈNH THANH HÓA", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH")))
                .isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(BodyNames.issuer(List.of("ỦY BAN NHÂN DÂN"))).as("what can be read").isEqualTo("Ủy ban nhân dân");
        assertThat(BodyNames.issuer(List.of())).isNull();
    }
}
