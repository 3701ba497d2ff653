package vn.cchcdesk.report.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.DocumentRegister;
import vn.cchcdesk.domain.report.RegisterLine;
import vn.cchcdesk.report.register.RegisterColumns;
import vn.cchcdesk.ui.ShellTestSupport;

/** The registers printed from RegisterColumns, the one layout the workbook also follows. */
class RegisterPrintTest {

    private static final DateRange YEAR = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static DocumentRegister register(Direction direction, int lines) {
        List<RegisterLine> list = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            DocumentRef ref = new DocumentRef(i, direction, DocumentType.CONG_VAN,
                    DocumentNumber.parse((1000 + i) + (direction == Direction.IN ? "/SNV-CCHC&VTTLT" : "/UBND-VHXH")).orElseThrow(),
                    new PartialDate(i % 28 + 1, 3, 2026), "Sở Nội vụ", "V/v đẩy mạnh thông tin, tuyên truyền về cải cách hành chính số " + i);
            list.add(new RegisterLine(ref, direction == Direction.IN ? i : null, LocalDate.of(2026, 3, 1).plusDays(i), "Phòng Văn hóa - Xã hội",
                    LocalDate.of(2026, 3, 2).plusDays(i), "Thiều Sỹ Hưng", List.of("UBND huyện (b/c)", "Các thôn"), "VT, VHXH", 3, null,
                    i == 1 ? "Bản chính" : null));
        }
        return new DocumentRegister(direction, ShellTestSupport.DINH_TAN, YEAR, true, list);
    }

    @Test
    void theColumnsAreRegisterColumnsAndTheCellsTheirTexts() {
        for (Direction direction : List.of(Direction.IN, Direction.OUT)) {
            DocumentRegister register = register(direction, 30);
            PrintDocument printed = RegisterPrint.of(register);
            List<RegisterColumns.Column> columns = RegisterColumns.of(direction);
            PrintTable table = printed.table();

            assertThat(printed.orientation()).isEqualTo(PageSetup.Orientation.LANDSCAPE);
            assertThat(table.columns()).extracting(PrintTable.Column::width).containsExactlyElementsOf(
                    columns.stream().map(RegisterColumns.Column::width).toList());
            assertThat(table.header().get(0).cells()).containsExactlyElementsOf(columns.stream().map(RegisterColumns.Column::header).toList());
            assertThat(table.header().get(1).cells()).containsExactly("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)");
            assertThat(table.rows()).hasSize(30);
            for (int i = 0; i < 30; i++) {
                RegisterLine line = register.lines().get(i);
                assertThat(table.rows().get(i).texts()).containsExactlyElementsOf(columns.stream().map(c -> c.text(line)).toList());
            }
        }
        assertThat(RegisterPrint.of(register(Direction.IN, 1)).table().rows().get(0).texts())
                .startsWith("02/03/2026", "1", "Sở Nội vụ", "1001/SNV-CCHC&VTTLT", "02/03/2026");
    }

    @Test
    void theCoverIsAPageOfItsOwnThenTheRegisterWithItsHeaderOnEveryPage() {
        PagedDocument paged = Paginator.paginate(RegisterPrint.of(register(Direction.IN, 60)), TextMeasure.times());

        PrintPage cover = paged.pages().get(0);
        assertThat(cover.lines()).containsExactly("ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "ỦY BAN NHÂN DÂN XÃ ĐỊNH TÂN", "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
                "Năm: 2026", "Từ ngày 01/01/2026 đến ngày 31/12/2026", "Từ số 1 đến số 60", "Gồm 60 văn bản", "Trang 1/" + paged.pageCount());
        assertThat(paged.pageCount()).isGreaterThan(3);
        for (PrintPage page : paged.pages().subList(1, paged.pageCount())) {
            assertThat(page.lines()).contains("Ngày đến", "Số đến", "Tác giả", "Ký nhận", "(1)", "(10)");
        }
        assertThat(paged.pages().get(1).lines()).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "Năm: 2026");
        assertThat(paged.name()).isEqualTo("Sổ đăng ký văn bản đến 2026");
    }

    @Test
    void anEmptyRegisterSaysSo() {
        DocumentRegister empty = new DocumentRegister(Direction.OUT, ShellTestSupport.DINH_TAN,
                new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)), false, List.of());
        PrintDocument printed = RegisterPrint.of(empty);
        assertThat(printed.table().rows()).singleElement().satisfies(r -> assertThat(r.texts())
                .containsExactly("Không có văn bản nào trong thời gian này."));
        PagedDocument paged = Paginator.paginate(printed, TextMeasure.times());
        assertThat(paged.pageCount()).isEqualTo(2);
        assertThat(paged.pages().get(0).lines()).contains("Chưa có văn bản mang số", "Từ ngày 01/05/2026 đến ngày 31/05/2026");
        assertThat(paged.name()).isEqualTo("Sổ đăng ký văn bản đi Từ ngày 01/05/2026 đến ngày 31/05/2026");
    }
}
