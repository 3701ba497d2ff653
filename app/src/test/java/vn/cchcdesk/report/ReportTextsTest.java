package vn.cchcdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.period.PeriodKind;
import vn.cchcdesk.domain.period.ReportingPeriod;

class ReportTextsTest {

    @Test
    void periodsInTitlesAndSentences() {
        assertThat(PeriodTexts.name(ReportingPeriod.quarter(2026, 2))).isEqualTo("quý II năm 2026");
        assertThat(PeriodTexts.title(ReportingPeriod.quarter(2026, 4))).isEqualTo("QUÝ IV NĂM 2026");
        assertThat(PeriodTexts.name(new ReportingPeriod(2026, PeriodKind.H1))).isEqualTo("6 tháng đầu năm 2026");
        assertThat(PeriodTexts.title(new ReportingPeriod(2026, PeriodKind.M9))).isEqualTo("9 THÁNG NĂM 2026");
        assertThat(PeriodTexts.name(ReportingPeriod.year(2026))).isEqualTo("năm 2026");
    }

    @Test
    void whatEachPeriodLooksTo() {
        assertThat(PeriodTexts.next(ReportingPeriod.quarter(2026, 1))).isEqualTo("quý II năm 2026");
        assertThat(PeriodTexts.next(ReportingPeriod.quarter(2026, 3))).isEqualTo("quý IV năm 2026");
        assertThat(PeriodTexts.next(ReportingPeriod.quarter(2026, 4))).isEqualTo("năm 2027");
        assertThat(PeriodTexts.next(new ReportingPeriod(2026, PeriodKind.H1))).isEqualTo("6 tháng cuối năm 2026");
        assertThat(PeriodTexts.next(new ReportingPeriod(2026, PeriodKind.M9))).isEqualTo("quý IV năm 2026");
        assertThat(PeriodTexts.next(ReportingPeriod.year(2026))).isEqualTo("năm 2027");
    }

    private static DocumentRef ref(DocumentType type, String number, PartialDate date, String issuer, String summary) {
        return new DocumentRef(1, Direction.IN, type, number == null ? null : DocumentNumber.parse(number).orElseThrow(), date, issuer,
                summary);
    }

    @Test
    void documentsInSentencesAndRegisters() {
        DocumentRef plan = ref(DocumentType.KE_HOACH, "42/KH-UBND", new PartialDate(10, 1, 2026), "UBND xã Định Tân",
                "Tuyên truyền cải cách hành chính năm 2026");
        assertThat(DocumentTexts.cite(plan))
                .isEqualTo("Kế hoạch số 42/KH-UBND ngày 10/01/2026 của UBND xã Định Tân về tuyên truyền cải cách hành chính năm 2026");
        assertThat(DocumentTexts.citeOwn(plan)).isEqualTo("Kế hoạch số 42/KH-UBND ngày 10/01/2026 về tuyên truyền cải cách hành chính năm 2026");
        assertThat(DocumentTexts.typeAndSummary(plan)).isEqualTo("Kế hoạch tuyên truyền cải cách hành chính năm 2026");
        DocumentRef guide = ref(DocumentType.HUONG_DAN, "70/HD-SNV", new PartialDate(20, 2, 2026), "Sở Nội vụ",
                "Hướng dẫn tuyên truyền về chuyển đổi số");
        assertThat(DocumentTexts.typeAndSummary(guide)).as("the type not said twice").isEqualTo("Hướng dẫn tuyên truyền về chuyển đổi số");
        DocumentRef draft = ref(DocumentType.CONG_VAN, "/UBND-VHXH", new PartialDate(null, 3, 2026), null, "về việc báo cáo");
        assertThat(DocumentTexts.cite(draft)).isEqualTo("Công văn số /UBND-VHXH ngày ../03/2026 về việc báo cáo");
        assertThat(DocumentTexts.typeAndSummary(draft)).isEqualTo("Công văn V/v báo cáo");
        assertThat(DocumentTexts.inSentence("CCHC năm 2026")).isEqualTo("CCHC năm 2026");
        assertThat(DocumentTexts.inSentence("Đẩy mạnh")).isEqualTo("đẩy mạnh");
        assertThat(DocumentTexts.join(List.of("A", "B", "C"))).isEqualTo("A, B và C");
    }
}
