package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.PartialDate;

class CitationParserTest {

    private static List<ExtractedCitation> parse(String... texts) {
        return CitationParser.parse(List.of(texts));
    }

    @Test
    void aLetterCitedWithCommaBeforeItsDate() {
        ExtractedCitation c = parse("Thực hiện Công văn số 1478/SNV-CCHC&VTTLT, ngày 24/3/2026 của Sở Nội vụ về việc đẩy mạnh công tác").get(0);
        assertThat(c.type()).isEqualTo("Công văn");
        assertThat(c.number()).isEqualTo("1478");
        assertThat(c.symbol()).isEqualTo("SNV-CCHC&VTTLT");
        assertThat(c.date()).isEqualTo(new PartialDate(24, 3, 2026));
        assertThat(c.issuer()).isEqualTo("Sở Nội vụ");
        assertThat(c.kind()).isEqualTo(CitationKind.IMPLEMENTS);
        assertThat(c.written()).startsWith("Công văn số 1478/SNV-CCHC&VTTLT, ngày 24/3/2026 của Sở Nội vụ");
    }

    @Test
    void whatTheRegisterSavesAndLinks() {
        var citation = parse("Căn cứ Quyết định số 049/QĐ-BNV ngày 15/7/2021 của Bộ Nội vụ;").get(0).toCitation();
        assertThat(citation.kind()).isEqualTo(CitationKind.BASIS);
        assertThat(citation.citedType()).isEqualTo(vn.cchcdesk.domain.document.DocumentType.QUYET_DINH);
        assertThat(citation.names(new vn.cchcdesk.domain.document.DocumentNumber("49", "QĐ-BNV"), 2021)).isTrue();
        assertThat(citation.citedDocumentId()).isNull();
        assertThat(citation.writtenText()).isEqualTo("Quyết định số 049/QĐ-BNV ngày 15/7/2021 của Bộ Nội vụ");
        assertThat(parse("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;").get(0).toCitation().citedType()).isNull();
    }

    @Test
    void numberFormsAndLongDates() {
        ExtractedCitation hyphenated = parse("Căn cứ Kế hoạch số 132-KH/UBND ngày 15 tháng 7 năm 2021 của UBND huyện;").get(0);
        assertThat(hyphenated.number()).isEqualTo("132");
        assertThat(hyphenated.symbol()).isEqualTo("KH-UBND");
        assertThat(hyphenated.date()).isEqualTo(new PartialDate(15, 7, 2021));
        assertThat(hyphenated.kind()).isEqualTo(CitationKind.BASIS);

        ExtractedCitation leadingZero = parse("theo Quyết định số 049/QĐ-BNV ngày 02/01/2026").get(0);
        assertThat(leadingZero.number()).as("digits as printed").isEqualTo("049");
        assertThat(leadingZero.issuer()).isNull();
        assertThat(leadingZero.kind()).isEqualTo(CitationKind.OTHER);

        ExtractedCitation decree = parse("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;").get(0);
        assertThat(decree.type()).isEqualTo("Nghị định");
        assertThat(decree.symbol()).isEqualTo("2020/NĐ-CP");
        assertThat(decree.issuer()).isEqualTo("Chính phủ");
    }

    @Test
    void eachDocumentOnceWhereFirstCited() {
        List<ExtractedCitation> all = parse(
                "Căn cứ Quyết định số 247/QĐ-UBND ngày 20/01/2026 của Chủ tịch Ủy ban nhân dân thành phố về ban hành Kế hoạch;",
                "theo Kế hoạch (ban hành kèm theo Quyết định số 247/QĐ-UBND ngày 20/01/2026 của Chủ tịch Ủy ban nhân dân thành phố) "
                        + "và Kế hoạch số 42/KH-UBND ngày 30/01/2026 của UBND xã về tuyên truyền; theo Quyết định số 247/QĐ-UBND");
        assertThat(all).extracting(c -> c.number() + "/" + c.symbol()).containsExactly("247/QĐ-UBND", "42/KH-UBND");
        assertThat(all.get(0).issuer()).isEqualTo("Chủ tịch Ủy ban nhân dân thành phố");
        assertThat(all.get(1).issuer()).isEqualTo("UBND xã");
        assertThat(all.get(1).kind()).isEqualTo(CitationKind.OTHER);
    }

    @Test
    void referencesWithoutANumberAndWebAddressesAreNoCitations() {
        assertThat(parse("Căn cứ công văn của Ủy ban nhân dân xã chủ động tổ chức triển khai",
                "theo địa chỉ http://cchc.thanhhoa.gov.vn/ để cập nhật",
                "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030")).isEmpty();
    }

    @Test
    void aGenericLetterTakesItsTypeFromTheSymbol() {
        assertThat(parse("Thực hiện văn bản số 215/UBND-VP ngày 03/3/2026 của UBND huyện").get(0).type()).isEqualTo("Công văn");
        assertThat(parse("Thực hiện Văn bản số 12/KH-SNV").get(0).type()).isEqualTo("Kế hoạch");
    }

    @Test
    void anIssuerWhoseNameListsItsFieldsWithCommas() {
        assertThat(parse("Thực hiện Kế hoạch số 55/KH-SVHTTDL ngày 02/02/2026 của Sở Văn hóa, Thể thao và Du lịch về tuyên truyền").get(0).issuer())
                .isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(parse("theo Công văn số 9/SNV ngày 02/02/2026 của Sở Nội vụ, cụ thể:").get(0).issuer()).isEqualTo("Sở Nội vụ");
    }

    @Test
    void aLawNamedBeforeItsNumber() {
        ExtractedCitation law = parse("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;").get(0);
        assertThat(law.type()).isEqualTo("Luật");
        assertThat(law.number()).isEqualTo("72");
        assertThat(law.symbol()).isEqualTo("2025/QH15");
    }
}
