package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The patterns of DOMAIN.md §4, one at a time. */
class AssignmentRulesTest {

    @Test
    void giaoLeadsAndDeNghiRequests() {
        List<ExtractedAssignment> a = Texts.assignments(
                "- Giao Phòng Kinh tế: tham mưu bố trí kinh phí tuyên truyền.\n"
                        + "- Đề nghị Hội Nông dân xã: vận động hội viên tham gia.\n");
        assertThat(a).extracting(x -> x.role() + " " + x.unit()).containsExactly("LEAD Phòng Kinh tế", "REQUESTED Hội Nông dân xã");
        assertThat(a.get(0).task()).isEqualTo("tham mưu bố trí kinh phí tuyên truyền.");
    }

    @Test
    void giaoChoAndTheHeadsOfUnits() {
        assertThat(Texts.rolesAndUnits("- Giao cho Công an xã: bảo đảm an ninh tại hội nghị.\n"))
                .containsExactly("LEAD Công an xã");
        assertThat(Texts.rolesAndUnits("Chủ tịch UBND xã yêu cầu Thủ trưởng các cơ quan, đơn vị thực hiện tốt các nội dung sau:\n\n- Quán triệt đến cán bộ.\n"))
                .containsExactly("LEAD các cơ quan, đơn vị");
        assertThat(Texts.rolesAndUnits("Ủy ban nhân dân xã giao Phòng Kinh tế chủ trì, phối hợp với Công an xã kiểm tra việc niêm yết thủ tục hành chính.\n"))
                .containsExactly("LEAD Phòng Kinh tế", "SUPPORT Công an xã");
    }

    @Test
    void chuTriPhoiHopGivesLeadAndSupports() {
        List<ExtractedAssignment> a = Texts.assignments(
                "1. Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã, Hội Cựu chiến binh xã tuyên truyền phòng, chống lừa đảo trên mạng.\n");
        assertThat(a).extracting(x -> x.role() + " " + x.unit())
                .containsExactly("LEAD Công an xã", "SUPPORT Đoàn Thanh niên xã", "SUPPORT Hội Cựu chiến binh xã");
        assertThat(a).allMatch(x -> x.task().startsWith("Công an xã chủ trì"));
    }

    @Test
    void aSupportNamedInALaterSentenceGetsThatSentence() {
        List<ExtractedAssignment> a = Texts.assignments(
                "- Giao Trung tâm Dịch vụ sự nghiệp công: phát sóng các tin, bài. Phối hợp với Phòng Văn hóa - Xã hội biên tập chuyên mục. Báo cáo kết quả.\n");
        assertThat(a).extracting(x -> x.role() + " " + x.unit())
                .containsExactly("LEAD Trung tâm Dịch vụ sự nghiệp công", "SUPPORT Phòng Văn hóa - Xã hội");
        assertThat(a.get(1).task()).isEqualTo("Phối hợp với Phòng Văn hóa - Xã hội biên tập chuyên mục.");
    }

    @Test
    void aLeadInGivesItsUnitsToTheItemsAfterIt() {
        assertThat(Texts.rolesAndUnits(
                "Chủ tịch UBND xã yêu cầu các phòng chuyên môn, trung tâm triển khai một số nội dung sau:\n\n"
                        + "1. Tiếp tục đẩy mạnh công tác tuyên truyền.\n\n2. Gắn tuyên truyền với thi đua, khen thưởng.\n\n"
                        + "Yêu cầu các phòng, trung tâm nghiêm túc thực hiện./.\n"))
                .containsExactly("LEAD các phòng chuyên môn, trung tâm", "LEAD các phòng chuyên môn, trung tâm");
        assertThat(Texts.rolesAndUnits("Ủy ban nhân dân xã đề nghị các tổ chức chính trị - xã hội thực hiện như sau:\n\n- Tuyên truyền đến hội viên.\n"))
                .containsExactly("REQUESTED các tổ chức chính trị - xã hội");
    }

    @Test
    void aHeadingNamesTheUnitOfItsSection() {
        List<ExtractedAssignment> a = Texts.assignments(
                "2. Phân công nhiệm vụ\n\n2.1. Phòng Văn hóa - Xã hội\n\n- Xây dựng kế hoạch.\n\n- Tổng hợp báo cáo.\n\n"
                        + "2.2. Đề nghị Ủy ban MTTQ Việt Nam xã\n\nTuyên truyền đến đoàn viên, hội viên.\n\n"
                        + "3. Chế độ báo cáo\n\n- Gửi báo cáo đúng hạn.\n");
        assertThat(a).extracting(x -> x.role() + " " + x.unit())
                .containsExactly("LEAD Phòng Văn hóa - Xã hội", "LEAD Phòng Văn hóa - Xã hội", "REQUESTED Ủy ban MTTQ Việt Nam xã");
        assertThat(a.get(0).section()).isEqualTo("2.1. Phòng Văn hóa - Xã hội");
    }

    @Test
    void aTimeframeLineDatesTheTasksOfItsSection() {
        List<ExtractedAssignment> a = Texts.assignments(
                "1. Phòng Kinh tế\n\n- Bố trí kinh phí.\n\n- Rà soát thủ tục, hoàn thành trong tháng 5/2026.\n\n"
                        + "Thời hạn: trước 30/6/2026.\n\n2. Công an xã\n\n- Tuyên truyền về dịch vụ công.\n");
        assertThat(a).extracting(x -> x.unit() + " @ " + x.timeframe().text()).containsExactly(
                "Phòng Kinh tế @ trước 30/6/2026",
                "Phòng Kinh tế @ hoàn thành trong tháng 5/2026",
                "Công an xã @ null");
        assertThat(a.get(0).timeframe().dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(a.get(1).timeframe().dueDate()).as("a month gives no day").isNull();
    }

    @Test
    void anItemWithoutAnyUnitIsNoAssignment() {
        assertThat(Texts.assignments("I. MỤC ĐÍCH, YÊU CẦU\n\n- Nâng cao nhận thức của cán bộ, công chức.\n")).isEmpty();
    }

    @Test
    void aPersonsDutyIsNoUnit() {
        assertThat(Texts.rolesAndUnits("- Người đứng đầu cơ quan chịu trách nhiệm trực tiếp chỉ đạo công tác tuyên truyền.\n")).isEmpty();
    }

    @Test
    void closingFormulasAreNoTasks() {
        assertThat(Texts.assignments("Phòng Văn hóa - Xã hội tổng hợp kết quả.\n\n"
                + "Trong quá trình thực hiện, nếu có khó khăn, các đơn vị báo cáo Ủy ban nhân dân xã.\n\n"
                + "Trên đây là Công văn của Ủy ban nhân dân xã./.\n")).hasSize(1);
    }

    @Test
    void inlineRolesOfAPlan() {
        List<ExtractedAssignment> a = Texts.assignments(
                "1. Tổ chức hội nghị tuyên truyền; đơn vị chủ trì: Phòng Văn hóa - Xã hội; đơn vị phối hợp: Văn phòng HĐND và UBND; thời gian thực hiện: quý III/2026.\n");
        assertThat(a).extracting(x -> x.role() + " " + x.unit() + " @ " + x.timeframe().text())
                .containsExactly("LEAD Phòng Văn hóa - Xã hội @ quý III/2026", "SUPPORT Văn phòng HĐND và UBND @ quý III/2026");
        assertThat(a.get(0).task()).isEqualTo("Tổ chức hội nghị tuyên truyền");
    }
}
