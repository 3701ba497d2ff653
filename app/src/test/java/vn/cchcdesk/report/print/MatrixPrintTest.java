package vn.cchcdesk.report.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.report.ResponsibilityMatrix;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskState;
import vn.cchcdesk.ui.ShellTestSupport;

/** The responsibility matrix printed: tasks under their directive, a narrow column per unit under one heading, the legend. */
class MatrixPrintTest {

    private static ResponsibilityMatrix matrix(int units, int tasks, int shown) {
        List<Unit> list = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            list.add(new Unit((long) u + 1, "Đơn vị số " + (u + 1), u % 2 == 0 ? "ĐV" + (u + 1) : null, UnitKind.values()[0], List.of(), u, true));
        }
        DocumentRef plan = new DocumentRef(1, Direction.OUT, DocumentType.KE_HOACH, DocumentNumber.parse("42/KH-UBND").orElseThrow(),
                new PartialDate(10, 1, 2026), "Ủy ban nhân dân xã Định Tân", "Tuyên truyền cải cách hành chính năm 2026");
        List<ResponsibilityMatrix.Line> lines = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            AssignmentRole[] roles = new AssignmentRole[units];
            roles[t % units] = AssignmentRole.LEAD;
            roles[(t + 1) % units] = AssignmentRole.SUPPORT;
            roles[(t + 2) % units] = AssignmentRole.REQUESTED;
            lines.add(new ResponsibilityMatrix.Line("Nhiệm vụ tuyên truyền số " + (t + 1), t == 0 ? null : LocalDate.of(2026, 6, 30),
                    TaskState.IN_PROGRESS, Arrays.asList(roles)));
        }
        return new ResponsibilityMatrix(ShellTestSupport.DINH_TAN, LocalDate.of(2026, 5, 20), list,
                List.of(new ResponsibilityMatrix.Directive(plan, lines)), shown, tasks);
    }

    @Test
    void unitsAcrossUnderOneHeadingTasksDownUnderTheirDirective() {
        PrintDocument printed = MatrixPrint.of(matrix(20, 30, 30));
        PrintTable table = printed.table();

        assertThat(printed.orientation()).isEqualTo(PageSetup.Orientation.LANDSCAPE);
        assertThat(table.columns()).hasSize(24);
        assertThat(table.header().get(0).cells()).startsWith("STT", "Nội dung nhiệm vụ", "Thời hạn", "Tình trạng", "Đơn vị thực hiện",
                PrintTable.LEFT);
        assertThat(table.header().get(1).cells()).startsWith(PrintTable.UP, PrintTable.UP, PrintTable.UP, PrintTable.UP, "ĐV1",
                "Đơn vị số 2");
        assertThat(table.rows().get(0).texts().get(0)).isEqualTo("I");
        assertThat(table.rows().get(0).texts().get(1)).startsWith("Kế hoạch số 42/KH-UBND ngày 10/01/2026");
        assertThat(table.rows().get(1).texts()).startsWith("1", "Nhiệm vụ tuyên truyền số 1", "", "Đang thực hiện", "C", "P", "Đ", "");
        assertThat(table.rows().get(2).texts()).startsWith("2", "Nhiệm vụ tuyên truyền số 2", "30/06/2026", "Đang thực hiện", "", "C", "P", "Đ");

        PagedDocument paged = Paginator.paginate(printed, TextMeasure.times());
        String all = String.join(" ", paged.pages().stream().flatMap(p -> p.lines().stream()).toList());
        assertThat(all).contains("MA TRẬN PHÂN CÔNG NHIỆM VỤ THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH")
                .contains("(Tình trạng tính đến ngày 20/05/2026)").contains("ĐV1: Đơn vị số 1").doesNotContain("Theo bộ lọc");
        assertThat(paged.pages().get(paged.pageCount() - 1).lines()).contains("Thiều Sỹ Hưng");
        for (PrintPage page : paged.pages()) {
            assertThat(page.lines()).contains("STT", "ĐV1");
        }
    }

    @Test
    void aFilteredMatrixSaysHowManyTasksItShowsAndAnEmptyOneThatItHasNone() {
        String all = String.join(" ", Paginator.paginate(MatrixPrint.of(matrix(5, 3, 3 - 1)), TextMeasure.times()).pages().get(0).lines());
        assertThat(all).contains("Theo bộ lọc đang chọn: 2 nhiệm vụ");
        ResponsibilityMatrix empty = new ResponsibilityMatrix(ShellTestSupport.DINH_TAN, LocalDate.of(2026, 5, 20), List.of(), List.of(), 0, 0);
        assertThat(MatrixPrint.of(empty).table().rows()).singleElement().satisfies(r -> assertThat(r.texts()).containsExactly("Không có nhiệm vụ nào."));
    }
}
