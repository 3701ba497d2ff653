package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentBuilderTest {

    @Test
    void wrappedLinesJoinAndItemsStayApart() {
        assertThat(Texts.segments("Nơi nhận:\n- Như trên;\n- Sở Văn hóa, Thể thao\nvà Du lịch (b/c);\n- Lưu: VT."))
                .containsExactly("Nơi nhận:", "- Như trên;", "- Sở Văn hóa, Thể thao và Du lịch (b/c);", "- Lưu: VT.");
    }

    @Test
    void aSentenceBrokenByAPageBreakJoinsAgain() {
        assertThat(Texts.segments("- Tuyên truyền về vai trò, trách nhiệm\n\ncủa người đứng đầu cơ quan."))
                .containsExactly("- Tuyên truyền về vai trò, trách nhiệm của người đứng đầu cơ quan.");
        assertThat(Texts.segments("- Đẩy mạnh tuyên truyền trên mạng xã hội chính thống\n\n(Zalo - OA, Facebook), Cổng thông tin."))
                .hasSize(1);
        assertThat(Texts.segments("1. Nội dung tuyên truyền trọng tâm\n\nCác phòng, đơn vị căn cứ chức năng.")).hasSize(2);
    }

    @Test
    void aHyphenEndingALineInsideASymbolJoinsTight() {
        assertThat(Texts.segments("theo Quyết định số 247/QĐ-\nUBND ngày 20/01/2026 giai đoạn 2021-\n2030 và kinh tế -\nxã hội"))
                .containsExactly("theo Quyết định số 247/QĐ-UBND ngày 20/01/2026 giai đoạn 2021-2030 và kinh tế - xã hội");
    }

    @Test
    void theSignatureBlockKeepsItsLines() {
        List<Segment> segments = SegmentBuilder.build(Texts.text("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Bích Huyền"));
        assertThat(segments).extracting(Segment::text)
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Nguyễn Thị Bích Huyền");
        assertThat(segments.get(1).lines()).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }

    @Test
    void stampLinesAreDropped() {
        assertThat(Texts.segments("Ký bởi: Ủy ban nhân dân xã Định Tân\nEmail: vanthu@thanhhoa.gov.vn\nCơ quan: Tỉnh Thanh Hóa\n\nKính gửi: Các phòng."))
                .containsExactly("Kính gửi: Các phòng.");
    }
}
