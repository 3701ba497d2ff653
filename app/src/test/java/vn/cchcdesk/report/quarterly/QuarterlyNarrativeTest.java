package vn.cchcdesk.report.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.DirectiveFigures;
import vn.cchcdesk.domain.report.DocumentLine;
import vn.cchcdesk.domain.report.Figures;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.ReportWindows;
import vn.cchcdesk.domain.report.Summary;
import vn.cchcdesk.domain.report.TaskFigures;
import vn.cchcdesk.domain.report.UnitFigures;
import vn.cchcdesk.report.ReportFixture;

/** The written report's body for reports made by hand: what it says when there is nothing, or a lot. */
class QuarterlyNarrativeTest {

    private static final FormFigures WEBSITE = new FormFigures(2, "WEBSITE", "Tin, bài trên Trang thông tin điện tử", "tin, bài",
            FormGroup.ONLINE, ParChannel.WEB_SOCIAL, 12L, new Figures(12, 12, 3), new Figures(12, 12, 3), Figures.ZERO, Figures.ZERO);

    private static QuarterlyReport report(ReportingPeriod period, List<FormFigures> forms, TaskFigures tasks, List<DocumentLine> issued,
                                          List<DocumentRef> plans, List<UnitFigures> units) {
        return new QuarterlyReport(ReportWindows.of(period, CutoffRule.DECREE_09), ReportFixture.COMMUNE, LocalDate.of(2026, 12, 20),
                new Summary(new DirectiveFigures(Figures.ZERO, Figures.ZERO, new Figures(issued.size(), issued.size(), 0)), forms, tasks,
                        Figures.ZERO),
                units, List.of(), List.of(), issued, plans, List.of(), 12, sink -> { });
    }

    private static String text(QuarterlyReport report) {
        return QuarterlyNarrative.of(report).stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    private static TaskFigures noTasks() {
        return new TaskFigures(Figures.ZERO, Figures.ZERO, Figures.ZERO, Figures.ZERO);
    }

    @Test
    void aQuietYearSaysSoPlainly() {
        UnitFigures unit = new UnitFigures(3, "Phòng Văn hóa - Xã hội", Map.of(2L, 12L), 12, 0, LocalDate.of(2026, 12, 5));
        String body = text(report(ReportingPeriod.year(2026), List.of(WEBSITE), noTasks(), List.of(), List.of(), List.of(unit)));
        assertThat(body).contains("Thực hiện chỉ đạo của cấp trên về công tác thông tin, tuyên truyền cải cách hành chính, Ủy ban nhân dân xã Định Tân báo cáo",
                "ban hành 0 kế hoạch và 0 văn bản chỉ đạo, đôn đốc về công tác thông tin, tuyên truyền cải cách hành chính.",
                "Trong kỳ không có nhiệm vụ được giao theo dõi.", "Có 1/1 chỉ tiêu kế hoạch năm đã đạt.",
                "Qua số liệu theo dõi, chưa phát hiện tồn tại, hạn chế.", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027",
                "- Tiếp tục triển khai các văn bản chỉ đạo của cấp trên", "Có 1/1 đơn vị có hoạt động tuyên truyền trong kỳ; 1/1 đơn vị đã gửi");
        assertThat(body).doesNotContain("Phấn đấu hoàn thành các chỉ tiêu", "quá hạn", "3. Một số hoạt động nổi bật");
    }

    @Test
    void manyDocumentsAreCountedAfterTheFirstTen() {
        List<DocumentLine> issued = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            DocumentRef ref = new DocumentRef(i, Direction.OUT, DocumentType.CONG_VAN, DocumentNumber.parse(i + "/UBND-VHXH").orElseThrow(),
                    new PartialDate(i, 4, 2026), "UBND xã Định Tân", "Đôn đốc tuyên truyền");
            issued.add(new DocumentLine(ref, null, null, null, null, HandlingStatus.PENDING, "Thiều Sỹ Hưng", List.of(), 3, null));
        }
        String body = text(report(ReportingPeriod.quarter(2026, 2), List.of(WEBSITE), noTasks(), issued, List.of(), List.of()));
        assertThat(body).contains("- Công văn số 10/UBND-VHXH ngày 10/04/2026 về đôn đốc tuyên truyền;",
                "- Và 4 văn bản khác (chi tiết tại Biểu số 4 kèm theo).").doesNotContain("11/UBND-VHXH");
    }

    @Test
    void behindThePlansPaceAndWhatRemains() {
        FormFigures radio = new FormFigures(1, "RADIO", "Chương trình phát thanh", "chương trình", FormGroup.TRADITIONAL,
                ParChannel.TRADITIONAL, 24L, new Figures(3, 5, 0), new Figures(3, 5, 0), Figures.ZERO, Figures.ZERO);
        TaskFigures tasks = new TaskFigures(new Figures(4, 4, 0), new Figures(1, 1, 0), new Figures(2, 2, 0), new Figures(1, 1, 0));
        String body = text(report(ReportingPeriod.quarter(2026, 2), List.of(WEBSITE, radio), tasks, List.of(), List.of(), List.of()));
        // by quarter II half the year has passed: 5 of 24 is behind, 12 of 12 is not
        assertThat(body).contains("Một số chỉ tiêu chưa đạt tiến độ kế hoạch: Chương trình phát thanh (lũy kế 5/24 chương trình).",
                "Chương trình phát thanh còn 19 chương trình", "Còn 1 nhiệm vụ quá hạn chưa hoàn thành.",
                "đã hoàn thành 1 nhiệm vụ (đạt 25%)", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2026");
        assertThat(body).doesNotContain("Tin, bài trên Trang thông tin điện tử (lũy kế");
    }
}
