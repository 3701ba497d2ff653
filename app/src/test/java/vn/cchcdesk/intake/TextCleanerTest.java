package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void wordArtefactsAreRemoved() {
        assertThat(TextCleaner.cells("[bookmark: _GoBack]**ỦY BAN NHÂN DÂN**")).containsExactly("ỦY BAN NHÂN DÂN");
        assertThat(TextCleaner.cells("### **2.1. Phòng Văn hóa - Xã hội**")).containsExactly("2.1. Phòng Văn hóa - Xã hội");
        assertThat(TextCleaner.cells("***Nơi nhận:***")).containsExactly("Nơi nhận:");
        assertThat(TextCleaner.cells("(*qua Phòng Văn hóa - Xã hội tổng hợp*)")).containsExactly("(qua Phòng Văn hóa - Xã hội tổng hợp)");
        assertThat(TextCleaner.cells("theo địa chỉ <http://cchc.thanhhoa.gov.vn/> để")).containsExactly("theo địa chỉ http://cchc.thanhhoa.gov.vn/ để");
        assertThat(TextCleaner.cells("2\\. Phân công")).containsExactly("2. Phân công");
        assertThat(TextCleaner.cells("247/QĐ-\u200BUBND\u00AD")).containsExactly("247/QĐ-UBND");
        assertThat(TextCleaner.cells("chỉ tiêu (*) ghi chú")).as("a footnote star stays").containsExactly("chỉ tiêu (*) ghi chú");
    }

    @Test
    void decomposedTextBecomesNfcAndSpacesCollapse() {
        String nfd = Normalizer.normalize("Định  Tân\u00A0 xã", Normalizer.Form.NFD);
        assertThat(TextCleaner.cells(nfd)).containsExactly("Định Tân xã");
    }

    @Test
    void tabsSeparateColumnsButNotAListMarkerFromItsText() {
        assertThat(TextCleaner.cells("ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
                .containsExactly("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(TextCleaner.cells("1.\tTiếp tục đẩy mạnh")).containsExactly("1. Tiếp tục đẩy mạnh");
        assertThat(TextCleaner.cells("\t\tThiều Sỹ Hưng")).containsExactly("Thiều Sỹ Hưng");
    }

    @Test
    void aFlattenedHeaderIsCutAtTheMotto() {
        assertThat(TextCleaner.cells("XÃ ĐỊNH TÂN Độc lập - Tự do - Hạnh phúc")).containsExactly("XÃ ĐỊNH TÂN", "Độc lập - Tự do - Hạnh phúc");
        assertThat(TextCleaner.cells("ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
                .containsExactly("ỦY BAN NHÂN DÂN", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    void signedPdfStampsTimestampsAndPageNumbers() {
        assertThat(TextCleaner.isStamp("Ký bởi: Ủy ban nhân dân xã Định Tân")).isTrue();
        assertThat(TextCleaner.isStamp("Thời gian ký: 24.09.2026 10:15:30 +07:00")).isTrue();
        assertThat(TextCleaner.isStamp("Kính gửi: Các phòng")).isFalse();
        assertThat(TextCleaner.cells("2026-09-24T10:15:30+07:00")).isEmpty();
        assertThat(TextCleaner.cells("Số: 35/UBND-VHXH 2026-09-24T10:15:30+07:00")).containsExactly("Số: 35/UBND-VHXH");
        assertThat(TextCleaner.cells("2")).isEmpty();
        assertThat(TextCleaner.cells("-----------")).isEmpty();
    }
}
