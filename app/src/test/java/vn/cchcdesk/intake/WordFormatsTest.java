package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.intake.TestDocuments.layout;
import static vn.cchcdesk.intake.TestDocuments.p;
import static vn.cchcdesk.intake.TestDocuments.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.document.Signer;

/**
 * Word files: the Word 97-2003 form of a sample (saved by LibreOffice), a plan's task table in
 * .docx and .doc, and Word files carrying the other Word extension.
 */
class WordFormatsTest {

    @TempDir
    Path dir;

    private final DirectiveIntake intake = new DirectiveIntake();

    @Test
    void theDocFormOfASampleGivesTheExpectedFields() {
        String name = "xa-thanh-mien_cong-van_phan-cong-tuyen-truyen-cchc_2026";
        var actual = Samples.normalised(ExtractionJson.of(intake.extract(Samples.fixture(name + ".doc"))));

        assertThat(actual).isEqualTo(Samples.normalised(Samples.expected(name)));
    }

    @Test
    void aTaskTableInDocx() throws Exception {
        Path file = dir.resolve("giao-nhiem-vu.docx");
        TestDocuments.writeDocx(file, List.of(
                layout("ỦY BAN NHÂN DÂN\nXÃ ĐỊNH TÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
                        "Số: 41/UBND-VHXH\nV/v tổ chức tuyên truyền cải cách hành chính\ntrên hệ thống truyền thanh",
                        "Định Tân, ngày 12 tháng 5 năm 2026"),
                p("Kính gửi: Trung tâm Dịch vụ sự nghiệp công xã."),
                p("Chủ tịch Ủy ban nhân dân xã giao nhiệm vụ như sau:"),
                table(List.of(
                        List.of("TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"),
                        List.of("(1)", "(2)", "(3)", "(4)", "(5)"),
                        List.of("1", "Phát chuyên mục cải cách hành chính trên đài truyền thanh", "Trung tâm Dịch vụ sự nghiệp công",
                                "Phòng Văn hóa - Xã hội\nCác thôn", "Hằng tháng"),
                        List.of("2", "Đăng tin, bài trên Trang thông tin điện tử xã", "^", "Phòng Văn hóa - Xã hội", "Trước 30/6/2026"))),
                p("Yêu cầu Trung tâm Dịch vụ sự nghiệp công nghiêm túc thực hiện./."),
                layout("Nơi nhận:\n- Như trên;\n- Lưu: VT, VHXH.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nThiều Sỹ Hưng")));

        assertTheTaskTable(intake.extract(file));
    }

    @Test
    void theSameTaskTableInDoc() {
        assertTheTaskTable(intake.extract(Samples.fixture("xa-dinh-tan_giao-nhiem-vu_bang.doc")));
    }

    @Test
    void aWordFileWithTheOtherWordExtensionIsReadForWhatItIs() throws Exception {
        Path docxNamedDoc = dir.resolve("dinh-tan.doc");
        Files.copy(Samples.file(Samples.NAMES.get(0), "docx"), docxNamedDoc);
        Path docNamedDocx = dir.resolve("giao-nhiem-vu.docx");
        Files.copy(Samples.fixture("xa-dinh-tan_giao-nhiem-vu_bang.doc"), docNamedDocx);

        assertThat(intake.extract(docxNamedDoc).signer().name()).isEqualTo("Thiều Sỹ Hưng");
        assertThat(intake.extract(docNamedDocx).number()).isEqualTo("41");
        assertThat(new DirectiveReader().read(docNamedDocx).format()).isEqualTo(DirectiveFormat.DOC);
    }

    private static void assertTheTaskTable(ExtractedDirective d) {
        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân xã Định Tân");
        assertThat(d.number()).isEqualTo("41");
        assertThat(d.summary()).isEqualTo("tổ chức tuyên truyền cải cách hành chính trên hệ thống truyền thanh");
        assertThat(d.date()).isEqualTo(new vn.cchcdesk.domain.document.PartialDate(12, 5, 2026));
        assertThat(d.copiesTo()).containsExactly("Như trên", "Lưu: VT, VHXH");
        assertThat(d.signer()).isEqualTo(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng"));
        assertThat(d.assignments()).extracting(a -> a.role() + " " + a.unit() + " @ " + a.timeframe().text()).containsExactly(
                "LEAD Trung tâm Dịch vụ sự nghiệp công @ Hằng tháng",
                "SUPPORT Phòng Văn hóa - Xã hội @ Hằng tháng",
                "SUPPORT Các thôn @ Hằng tháng",
                "LEAD Trung tâm Dịch vụ sự nghiệp công @ Trước 30/6/2026",
                "SUPPORT Phòng Văn hóa - Xã hội @ Trước 30/6/2026");
        assertThat(d.assignments().get(0).task()).isEqualTo("Phát chuyên mục cải cách hành chính trên đài truyền thanh");
        assertThat(d.assignments().get(3).timeframe().dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }
}
