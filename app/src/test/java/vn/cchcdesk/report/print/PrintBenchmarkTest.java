package vn.cchcdesk.report.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.DocumentRegister;
import vn.cchcdesk.domain.report.RegisterLine;
import vn.cchcdesk.ui.ShellTestSupport;

/** How long a big register takes to be cut into pages (what the preview waits for before it opens). */
@Tag("benchmark")
class PrintBenchmarkTest {

    @Test
    void paginatingAYearOfTwoThousandIncomingDocuments() {
        List<RegisterLine> lines = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            DocumentRef ref = new DocumentRef(i, Direction.IN, DocumentType.CONG_VAN,
                    DocumentNumber.parse((1000 + i) + "/SNV-CCHC&VTTLT").orElseThrow(), new PartialDate(i % 28 + 1, 1 + i % 12, 2026),
                    "Sở Nội vụ tỉnh Thanh Hóa", "V/v đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính, chuyển đổi số năm 2026 đợt " + i);
            lines.add(new RegisterLine(ref, i, LocalDate.of(2026, 1, 1).plusDays(i % 360), "Phòng Văn hóa - Xã hội",
                    LocalDate.of(2026, 1, 2).plusDays(i % 360), null, List.of(), null, null, null, i % 5 == 0 ? "Bản chính" : null));
        }
        DocumentRegister register = new DocumentRegister(Direction.IN, ShellTestSupport.DINH_TAN,
                new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), true, lines);
        for (int warm = 0; warm < 3; warm++) {
            Paginator.paginate(RegisterPrint.of(register), TextMeasure.times());
        }
        long start = System.nanoTime();
        PagedDocument paged = Paginator.paginate(RegisterPrint.of(register), TextMeasure.times());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("bench: print-register-2000-lines " + ms + " ms");
        System.out.println("bench: print-register-2000-pages " + paged.pageCount() + " pages");
    }
}
