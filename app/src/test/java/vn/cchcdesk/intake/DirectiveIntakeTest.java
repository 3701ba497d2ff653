package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DirectiveIntakeTest {

    private final DirectiveIntake intake = new DirectiveIntake();

    @Test
    void theTextForSearchComesWithTheFields() {
        DirectiveIntake.Result result = intake.read(Samples.file(Samples.NAMES.get(0), "pdf"));

        String text = result.text().plainText();
        assertThat(result.text().format()).isEqualTo(DirectiveFormat.PDF);
        assertThat(text).contains("Thực hiện Công văn số 1478/SNV-CCHC&VTTLT").contains("Thiều Sỹ Hưng");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text).doesNotContain("\t").doesNotContain("  ");
        assertThat(result.directive().signer().name()).isEqualTo("Thiều Sỹ Hưng");
    }

    @Test
    void warmingUpReadsItsOwnDocumentsAndChangesNothing() {
        assertThat(intake.warmUp()).isTrue();
        assertThat(intake.extract(Samples.file(Samples.NAMES.get(1), "docx")).issuer()).isEqualTo("Ủy ban nhân dân xã Tân Minh");
    }

    @Test
    void tableCellsAreInTheText() {
        String text = intake.read(Samples.fixture("xa-dinh-tan_giao-nhiem-vu_bang.doc")).text().plainText();

        assertThat(text).contains("Đơn vị chủ trì").contains("Phát chuyên mục cải cách hành chính trên đài truyền thanh");
    }
}
