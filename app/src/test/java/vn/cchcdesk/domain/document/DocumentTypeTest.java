package vn.cchcdesk.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    @Test
    void theListOfAppendixThreeIsComplete() {
        assertThat(DocumentType.values()).hasSize(31);
        Set<String> abbreviations = Arrays.stream(DocumentType.values())
                .map(t -> t.abbreviation().orElse("-"))
                .collect(Collectors.toSet());
        assertThat(abbreviations).containsExactlyInAnyOrder("-", "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr",
                "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG",
                "PC", "PB", "SY", "TrS", "SL");
    }

    @Test
    void abbreviationsThatDifferOnlyByCaseOrOneLetterStayApart() {
        assertThat(DocumentType.ofAbbreviation("QĐ")).contains(DocumentType.QUYET_DINH);
        assertThat(DocumentType.ofAbbreviation("QyĐ")).contains(DocumentType.QUY_DINH);
        assertThat(DocumentType.ofAbbreviation("CT")).contains(DocumentType.CHI_THI);
        assertThat(DocumentType.ofAbbreviation("CTr")).contains(DocumentType.CHUONG_TRINH);
        assertThat(DocumentType.ofAbbreviation("ctr")).contains(DocumentType.CHUONG_TRINH);
        assertThat(DocumentType.ofAbbreviation("UBND")).isEmpty();
    }

    @Test
    void namesAreFoundWhateverTheirCaseOrAccents() {
        assertThat(DocumentType.ofName("KẾ HOẠCH")).contains(DocumentType.KE_HOACH);
        assertThat(DocumentType.ofName("cong van")).contains(DocumentType.CONG_VAN);
        assertThat(DocumentType.ofName("Quyết định")).contains(DocumentType.QUYET_DINH);
        assertThat(DocumentType.ofName("Thư")).isEmpty();
        assertThat(DocumentType.byNameLengthDescending().get(0).fullName().length())
                .isGreaterThanOrEqualTo(DocumentType.byNameLengthDescending().get(30).fullName().length());
    }
}
