package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.task.Recurrence;
import vn.cchcdesk.domain.task.TimeframeKind;

/**
 * Directives unlike the three samples, to show the rules generalise: a commune's plan (Kế hoạch)
 * with a numbered outline and role lines, a chairman's decision (Quyết định), and a letter of a
 * district office to the communes.
 */
class OtherDirectivesTest {

    private final DirectiveIntake intake = new DirectiveIntake();

    @Test
    void aPlanWithNumberedSectionsRoleLinesAndTimeframes() {
        ExtractedDirective d = intake.extract(Samples.fixture("xa-an-binh_ke-hoach_tuyen-truyen-cchc_2026.txt"));

        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân xã An Bình");
        assertThat(d.type()).isEqualTo("Kế hoạch");
        assertThat(d.number()).isEqualTo("132");
        assertThat(d.symbol()).isEqualTo("KH-UBND");
        assertThat(d.date()).isEqualTo(new PartialDate(15, 1, 2026));
        assertThat(d.summary()).isEqualTo("Tuyên truyền cải cách hành chính nhà nước trên địa bàn xã An Bình năm 2026");
        assertThat(d.addressees()).isEmpty();
        assertThat(d.copiesTo()).containsExactly("UBND huyện (b/c)", "Các phòng, đơn vị thuộc UBND xã", "Lưu: VT, VHXH");
        assertThat(d.signer()).isEqualTo(new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Minh Quang"));

        assertThat(d.citations()).extracting(c -> c.number() + "/" + c.symbol() + " " + c.date().format() + " " + c.issuer() + " " + c.kind())
                .containsExactly("049/QĐ-BNV 15/07/2021 Bộ Nội vụ BASIS", "25/KH-UBND 05/01/2026 Ủy ban nhân dân tỉnh IMPLEMENTS");

        assertThat(d.assignments()).extracting(a -> a.role() + " " + a.unit() + " @ " + a.timeframe().text()).containsExactly(
                "LEAD Trung tâm Dịch vụ sự nghiệp công @ Hằng tháng, tối thiểu 02 lần/tháng",
                "SUPPORT Phòng Văn hóa - Xã hội @ Hằng tháng, tối thiểu 02 lần/tháng",
                "SUPPORT các thôn @ Hằng tháng, tối thiểu 02 lần/tháng",
                "LEAD Phòng Văn hóa - Xã hội @ Quý II/2026",
                "SUPPORT Văn phòng HĐND và UBND @ Quý II/2026",
                "LEAD Phòng Văn hóa - Xã hội @ Hoàn thành trong tháng 9/2026",
                "SUPPORT Đoàn Thanh niên xã @ Hoàn thành trong tháng 9/2026",
                "SUPPORT Hội Liên hiệp Phụ nữ xã @ Hoàn thành trong tháng 9/2026",
                "LEAD Phòng Văn hóa - Xã hội @ null",
                "SUPPORT các cơ quan, đơn vị liên quan @ null",
                "LEAD Phòng Văn hóa - Xã hội @ trước ngày 30/11/2026",
                "LEAD Trung tâm Phục vụ hành chính công @ dự kiến tháng 6/2026",
                "REQUESTED Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội @ null");
        ExtractedAssignment radio = d.assignments().get(0);
        assertThat(radio.task()).isEqualTo("Tuyên truyền trên hệ thống truyền thanh cơ sở");
        assertThat(radio.section()).isEqualTo("1. Tuyên truyền trên hệ thống truyền thanh cơ sở");
        assertThat(radio.timeframe().recurrence()).isEqualTo(Recurrence.MONTHLY);
        assertThat(d.assignments().get(3).timeframe().periodFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(d.assignments().get(10).timeframe().dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(d.assignments().get(10).section()).isEqualTo("1. Phòng Văn hóa - Xã hội");
        assertThat(d.assignments().get(11).timeframe().kind()).isEqualTo(TimeframeKind.WITHIN);
    }

    @Test
    void aDecisionHasNoAssignmentsButItsLegalBasis() {
        ExtractedDirective d = intake.extract(Samples.fixture("xa-hoa-binh_quyet-dinh_to-tuyen-truyen_2026.txt"));

        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân xã Hòa Bình");
        assertThat(d.type()).isEqualTo("Quyết định");
        assertThat(d.number()).isEqualTo("049");
        assertThat(d.symbol()).isEqualTo("QĐ-UBND");
        assertThat(d.summary()).isEqualTo("kiện toàn Tổ tuyên truyền cải cách hành chính xã Hòa Bình năm 2026");
        assertThat(d.copiesTo()).containsExactly("Như Điều 3", "Lưu: VT, VHXH");
        assertThat(d.signer()).isEqualTo(new Signer(null, "CHỦ TỊCH", "Trần Văn Nam"));
        assertThat(d.citations()).extracting(c -> c.type() + " " + c.number() + "/" + c.symbol())
                .containsExactly("Luật 72/2025/QH15", "Nghị định 30/2020/NĐ-CP", "Kế hoạch 132/KH-UBND");
        assertThat(d.citations()).allMatch(c -> c.kind() == CitationKind.BASIS);
        assertThat(d.citations().get(1).issuer()).isEqualTo("Chính phủ");
        assertThat(d.citations().get(0).date()).isEqualTo(new PartialDate(16, 6, 2025));
        // Điều 3 names the officials who carry the decision out: a formula, not a task.
        assertThat(d.assignments()).isEmpty();
    }

    @Test
    void aDistrictOfficeRequestsTheCommunes() {
        ExtractedDirective d = intake.extract(Samples.fixture("phong-noi-vu-huong-son_cong-van_huong-dan-bao-cao_2026.txt"));

        assertThat(d.issuer()).as("the issuing office, not its parent body").isEqualTo("Phòng Nội vụ");
        assertThat(d.type()).isEqualTo("Công văn");
        assertThat(d.number()).isEqualTo("87");
        assertThat(d.symbol()).isEqualTo("PNV-CCHC");
        assertThat(d.place()).isEqualTo("Hương Sơn");
        assertThat(d.date()).isEqualTo(new PartialDate(5, 2, 2026));
        assertThat(d.addressees()).containsExactly("Ủy ban nhân dân các xã, thị trấn");
        assertThat(d.signer()).isEqualTo(new Signer("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Lê Thị Hoa"));
        assertThat(d.citations()).singleElement().satisfies(c -> {
            assertThat(c.issuer()).isEqualTo("UBND huyện Hương Sơn");
            assertThat(c.kind()).isEqualTo(CitationKind.IMPLEMENTS);
        });

        assertThat(d.assignments()).extracting(a -> a.role() + " " + a.unit()).containsExactly(
                "REQUESTED UBND các xã, thị trấn",
                "REQUESTED UBND các xã, thị trấn",
                "LEAD Phòng Văn hóa và Thông tin huyện",
                "SUPPORT Trung tâm Văn hóa - Truyền thông huyện");
        assertThat(d.assignments().get(0).timeframe().dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(d.assignments().get(1).timeframe().recurrence()).isEqualTo(Recurrence.QUARTERLY);
        assertThat(d.assignments().get(1).timeframe().recurrenceDay()).isEqualTo(10);
        assertThat(d.assignments().get(2).timeframe().text()).isEqualTo("trong quý II/2026");
    }
}
