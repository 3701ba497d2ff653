package vn.cchcdesk.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldRemovesTonesAndMarksAndFoldsD() {
        assertThat(VietnameseText.fold("Định Tân")).isEqualTo("dinh tan");
        assertThat(VietnameseText.fold("ĐOÀN THANH NIÊN")).isEqualTo("doan thanh nien");
        assertThat(VietnameseText.fold("cải cách hành chính")).isEqualTo("cai cach hanh chinh");
        assertThat(VietnameseText.fold("ắ ố ự ẫ ỡ ừ ị")).isEqualTo("a o u a o u i");
    }

    @Test
    void foldTreatsDecomposedTextLikeComposed() {
        String nfd = Normalizer.normalize("Thường xuyên trong năm", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Thường xuyên trong năm");
        assertThat(VietnameseText.fold(nfd)).isEqualTo("thuong xuyen trong nam");
    }

    @Test
    void foldCollapsesSpacesIncludingNonBreaking() {
        assertThat(VietnameseText.fold("  Phòng\u00A0Văn   hóa\t- Xã hội ")).isEqualTo("phong van hoa - xa hoi");
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @Test
    void cleanNormalisesToNfc() {
        String nfd = Normalizer.normalize("Ủy ban nhân dân", Normalizer.Form.NFD);
        String cleaned = VietnameseText.clean("  " + nfd + "  ");
        assertThat(cleaned).isEqualTo("Ủy ban nhân dân");
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
        assertThat(VietnameseText.cleanOrNull("   ")).isNull();
    }

    @Test
    void searchMatchesEveryWordInAnyOrderWithoutAccents() {
        String folded = VietnameseText.fold("Đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính");
        assertThat(VietnameseText.matchesAllWords(folded, "cai cach")).isTrue();
        assertThat(VietnameseText.matchesAllWords(folded, "tuyên truyền đẩy")).isTrue();
        assertThat(VietnameseText.matchesAllWords(folded, "cai cach ruong dat")).isFalse();
        assertThat(VietnameseText.matchesAllWords(folded, "")).isTrue();
    }

    @Test
    void collatorSortsTheVietnameseWay() {
        List<String> names = new ArrayList<>(List.of("Đoàn", "Dương", "Ưng", "Uyên", "An", "Ân", "Ăn", "Bình"));
        names.sort(VietnameseText.order());
        assertThat(names).containsExactly("An", "Ăn", "Ân", "Bình", "Dương", "Đoàn", "Uyên", "Ưng");
    }
}
