package vn.cchcdesk.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import vn.cchcdesk.domain.Problem;
import org.junit.jupiter.api.Test;

class CommuneSettingsTest {

    @Test
    void thePlaceOfTheDateLineComesFromTheCommuneName() {
        CommuneSettings settings = new CommuneSettings("xã Định Tân", "tỉnh Thanh Hóa", null, null, null,
                "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng", null);
        assertThat(settings.placeName()).isEqualTo("Định Tân");
        assertThat(settings.issuerAbbr()).isEqualTo("UBND");
        assertThat(settings.draftingUnitAbbr()).isEqualTo("VHXH");
        assertThat(settings.validate()).isEmpty();
        assertThat(CommuneSettings.placeOf("phường Ba Đình")).isEqualTo("Ba Đình");
    }

    @Test
    void namesTheFieldsThatAreMissingOrMalformed() {
        CommuneSettings settings = new CommuneSettings(" ", "", null, "ub nd", "VH-XH", null, "", "  ", null);
        assertThat(settings.validate()).extracting(Problem::field)
                .containsExactlyInAnyOrder("communeName", "provinceName", "placeName", "signerTitle", "signerName", "issuerAbbr");
    }
}
