package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.Signer;

class HeaderAndClosingTest {

    private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n";

    @Test
    void blankNumberAndBlankDayAndMonth() {
        ExtractedDirective d = Texts.extract("ỦY BAN NHÂN DÂN\nXÃ TÂN MINH\n\n" + MOTTO
                + "Số:      /UBND-VHXH\n\nTân Minh, ngày    tháng    năm 2026\n\nV/v tuyên truyền\n");
        assertThat(d.number()).isNull();
        assertThat(d.symbol()).isEqualTo("UBND-VHXH");
        assertThat(d.date()).isEqualTo(new PartialDate(null, null, 2026));
        assertThat(d.place()).isEqualTo("Tân Minh");
        assertThat(d.type()).isEqualTo("Công văn");
    }

    @Test
    void dottedBlanksInTheDateLine() {
        ExtractedDirective d = Texts.extract("UBND XÃ AN BÌNH\n\nSố: 05/UBND\n\nAn Bình, ngày …… tháng 11 năm 2026\n\nV/v báo cáo\n");
        assertThat(d.date()).isEqualTo(new PartialDate(null, 11, 2026));
        assertThat(d.issuer()).isEqualTo("UBND xã An Bình");
    }

    @Test
    void aTypeComesFromTheHeadingElseFromTheSymbol() {
        assertThat(Texts.extract("UBND XÃ AN BÌNH\n\nSố: 12/TB-UBND\n\nAn Bình, ngày 02 tháng 3 năm 2026\n\nTHÔNG BÁO\nKết luận của Chủ tịch\n").type())
                .isEqualTo("Thông báo");
        ExtractedDirective fromSymbol = Texts.extract("UBND XÃ AN BÌNH\n\nSố: 12/KH-UBND\n\nAn Bình, ngày 02 tháng 3 năm 2026\n");
        assertThat(fromSymbol.type()).isEqualTo("Kế hoạch");
        assertThat(fromSymbol.summary()).isNull();
    }

    @Test
    void aSummaryOnSeveralLines() {
        ExtractedDirective d = Texts.extract("UBND XÃ AN BÌNH\n\nSố: 12/KH-UBND\n\nAn Bình, ngày 02 tháng 3 năm 2026\n\n"
                + "KẾ HOẠCH\nTuyên truyền cải cách hành chính\nnăm 2026\n\nCăn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2026;\n");
        assertThat(d.summary()).isEqualTo("Tuyên truyền cải cách hành chính năm 2026");
        assertThat(d.citations()).hasSize(1);
    }

    @Test
    void addresseesInlineOrListed() {
        assertThat(Texts.extract("V/v x\n\nKính gửi: Các phòng, trung tâm thuộc UBND xã.\n\nNội dung.\n").addressees())
                .containsExactly("Các phòng, trung tâm thuộc UBND xã");
        assertThat(Texts.extract("V/v x\n\nKính gửi:\n- Phòng Kinh tế;\n- Công an xã.\n\nNội dung.\n").addressees())
                .containsExactly("Phòng Kinh tế", "Công an xã");
    }

    @Test
    void signersWithAndWithoutCapacity() {
        assertThat(Texts.extract("V/v x\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Bích Huyền\n").signer())
                .isEqualTo(new Signer("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Bích Huyền"));
        assertThat(Texts.extract("V/v x\n\nNội dung./.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(Đã ký)\nLê Văn Bình\n").signer())
                .isEqualTo(new Signer("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Văn Bình"));
        assertThat(Texts.extract("V/v x\n\nNội dung./.\n\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH\n\nLê Anh Tuấn\n").signer())
                .as("capacity and title flattened onto one line")
                .isEqualTo(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Anh Tuấn"));
        assertThat(Texts.extract("V/v x\n\nNội dung./.\n").signer()).isEqualTo(Signer.unknown());
    }
}
