package vn.cchcdesk.report.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.report.print.PrintPage.TextRun;
import vn.cchcdesk.ui.ShellTestSupport;

/** Pages cut by the paginator with Times New Roman's metrics: headers, page numbers, whole rows, widths, blocks. */
class PaginatorTest {

    private static final TextMeasure TIMES = TextMeasure.times();

    /** A table of {@code rows} rows, each saying its number; every 7th row wraps onto several lines. */
    private static PrintDocument document(int rows, PageSetup.Orientation orientation, double... widths) {
        PrintTable.Builder table = PrintTable.builder();
        for (double w : widths) {
            table.column(w, TextStyle.plain());
        }
        String[] header = new String[widths.length];
        for (int i = 0; i < header.length; i++) {
            header[i] = i == 0 ? "STT" : "Cột tiêu đề " + i;
        }
        table.header(header).numberedColumns();
        for (int r = 1; r <= rows; r++) {
            String[] cells = new String[widths.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = i == 0 ? "R" + r : r % 7 == 0 ? ("Dòng " + r + " có nội dung dài về cải cách hành chính ").repeat(4) : "Ô " + r;
            }
            table.row(cells);
        }
        List<Block> top = List.of(PrintFrames.officialHeader(ShellTestSupport.DINH_TAN), PrintFrames.title("TIÊU ĐỀ BIỂU", 12));
        List<Block> bottom = List.of(PrintFrames.signatures(ShellTestSupport.DINH_TAN, java.time.LocalDate.of(2026, 5, 20)));
        return new PrintDocument("Thử", orientation, top, table.build(), bottom);
    }

    private static List<TextRun> runs(PrintPage page, String text) {
        return page.texts().stream().filter(t -> t.text().equals(text)).toList();
    }

    @Test
    void theHeaderIsRepeatedOnEveryPageAndEveryPageIsNumbered() {
        PagedDocument paged = Paginator.paginate(document(300, PageSetup.Orientation.PORTRAIT, 6, 40, 30), TIMES);

        assertThat(paged.pageCount()).isGreaterThan(5);
        for (PrintPage page : paged.pages()) {
            assertThat(page.lines()).as("page %d", page.number()).contains("STT", "Cột tiêu đề 1", "(1)", "(3)",
                    "Trang " + page.number() + "/" + paged.pageCount());
            assertThat(page.count()).isEqualTo(paged.pageCount());
            // the header heads the table: nothing of the table above it
            double headerY = runs(page, "STT").get(0).y();
            page.texts().stream().filter(t -> t.text().matches("R\\d+")).forEach(t -> assertThat(t.y()).isGreaterThan(headerY));
        }
        // the official header and title only on the first page, the signatures only on the last
        assertThat(paged.pages().get(0).lines()).contains("ỦY BAN NHÂN DÂN", "XÃ ĐỊNH TÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "TIÊU ĐỀ BIỂU");
        assertThat(paged.pages().get(1).lines()).doesNotContain("TIÊU ĐỀ BIỂU");
        PrintPage last = paged.pages().get(paged.pageCount() - 1);
        assertThat(last.lines()).contains("Thiều Sỹ Hưng", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH", "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)");
        assertThat(last.contains("Định Tân, ngày 20 tháng 5 năm 2026")).isTrue();
    }

    @Test
    void everyRowIsOnOnePageInOrderAndInsideTheMargins() {
        PagedDocument paged = Paginator.paginate(document(300, PageSetup.Orientation.PORTRAIT, 6, 40, 30), TIMES);
        PageSetup setup = paged.setup();

        List<Integer> seen = new ArrayList<>();
        for (PrintPage page : paged.pages()) {
            for (TextRun run : page.texts()) {
                if (run.text().matches("R\\d+")) {
                    seen.add(Integer.parseInt(run.text().substring(1)));
                }
                if (!run.text().startsWith("Trang ")) {
                    assertThat(run.y()).isBetween(setup.top(), setup.contentBottom());
                    assertThat(run.x()).isGreaterThanOrEqualTo(setup.left() - 0.01);
                    assertThat(run.x() + run.width()).isLessThanOrEqualTo(setup.width() - setup.right() + 0.01);
                }
            }
            // a long row's lines all on the page that holds its number
            for (TextRun run : page.texts()) {
                if (run.text().matches("R\\d+") && Integer.parseInt(run.text().substring(1)) % 7 == 0) {
                    String marker = "Dòng " + run.text().substring(1) + " ";
                    long here = page.texts().stream().filter(t -> t.text().contains(marker)).count();
                    assertThat(here).as("lines of row %s on page %d", run.text(), page.number()).isGreaterThanOrEqualTo(4);
                }
            }
        }
        assertThat(seen).hasSize(300);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i + 1);
        }
        // and no page holds a part of a row whose number is on another page
        for (PrintPage page : paged.pages()) {
            for (TextRun run : page.texts()) {
                if (run.text().startsWith("Dòng ")) {
                    String number = run.text().split(" ")[1];
                    assertThat(page.lines()).as("row %s on page %d", number, page.number()).contains("R" + number);
                }
            }
        }
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextPages() {
        PrintTable table = PrintTable.builder().column(6, TextStyle.plain()).column(60, TextStyle.plain())
                .header("STT", "Nội dung")
                .row("1", "ngắn")
                .row("2", String.join("\n", java.util.Collections.nCopies(120, "một dòng")))
                .row("3", "cuối").build();
        PagedDocument paged = Paginator.paginate(new PrintDocument("Thử", PageSetup.Orientation.PORTRAIT, List.of(), table, List.of()), TIMES);

        assertThat(paged.pageCount()).isEqualTo(3);
        long lines = paged.pages().stream().mapToLong(p -> runs(p, "một dòng").size()).sum();
        assertThat(lines).isEqualTo(120);
        assertThat(paged.pages()).allSatisfy(p -> assertThat(p.lines()).contains("STT", "Nội dung"));
        assertThat(paged.pages().get(0).lines()).contains("1", "2");
        assertThat(paged.pages().get(2).lines()).contains("3");
    }

    @Test
    void aWideTableIsFittedToTheWidthOfALandscapePage() {
        // the Sổ đến's widths: about 934 pt at full size, wider than the landscape page's 714 pt
        PagedDocument paged = Paginator.paginate(document(10, PageSetup.Orientation.LANDSCAPE, 10.5, 6.5, 20, 14, 10.5, 38, 17, 10.5, 9, 13),
                TIMES);
        PageSetup setup = paged.setup();

        assertThat(setup.width()).isCloseTo(841.89, org.assertj.core.data.Offset.offset(0.01));
        assertThat(setup.height()).isCloseTo(595.28, org.assertj.core.data.Offset.offset(0.01));
        assertThat(setup.left()).isCloseTo(30 * 72 / 25.4, org.assertj.core.data.Offset.offset(0.01));
        assertThat(setup.right()).isCloseTo(15 * 72 / 25.4, org.assertj.core.data.Offset.offset(0.01));
        PrintPage first = paged.pages().get(0);
        double minX = first.strokes().stream().mapToDouble(s -> Math.min(s.x1(), s.x2())).min().orElseThrow();
        double maxX = first.strokes().stream().mapToDouble(s -> Math.max(s.x1(), s.x2())).max().orElseThrow();
        assertThat(minX).isCloseTo(setup.left(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(maxX).isCloseTo(setup.width() - setup.right(), org.assertj.core.data.Offset.offset(0.01));
        // the table's text printed smaller, as the workbook prints fitted to one page wide
        TextRun cell = runs(first, "R1").get(0);
        assertThat(cell.style().size()).isLessThan(TextStyle.BODY).isGreaterThan(8);
        // the title keeps its size
        assertThat(runs(first, "TIÊU ĐỀ BIỂU").get(0).style().size()).isEqualTo(TextStyle.TITLE);
    }

    @Test
    void aNarrowTableKeepsItsSizeAndIsCentred() {
        PagedDocument paged = Paginator.paginate(document(3, PageSetup.Orientation.PORTRAIT, 6, 20, 20), TIMES);
        PrintPage page = paged.pages().get(0);
        assertThat(runs(page, "R1").get(0).style().size()).isEqualTo(TextStyle.BODY);
        double minX = page.strokes().stream().filter(s -> s.x1() == s.x2()).mapToDouble(PrintPage.Stroke::x1).min().orElseThrow();
        double maxX = page.strokes().stream().filter(s -> s.x1() == s.x2()).mapToDouble(PrintPage.Stroke::x1).max().orElseThrow();
        PageSetup setup = paged.setup();
        assertThat((minX - setup.left()) - (setup.width() - setup.right() - maxX)).isCloseTo(0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void twoLevelHeadersMergeTheirCells() {
        PrintTable table = PrintTable.builder().column(5, TextStyle.centre()).column(20, TextStyle.plain()).column(16, TextStyle.plain())
                .column(16, TextStyle.plain())
                .header("STT", "Đơn vị", "Trực tuyến", PrintTable.LEFT)
                .header(PrintTable.UP, PrintTable.UP, "Website", "Mạng xã hội")
                .row("1", "Công an xã", "3", "4").build();
        PrintPage page = Paginator.paginate(new PrintDocument("Thử", PageSetup.Orientation.PORTRAIT, List.of(), table, List.of()), TIMES)
                .pages().get(0);
        TextRun group = runs(page, "Trực tuyến").get(0);
        TextRun website = runs(page, "Website").get(0);
        TextRun social = runs(page, "Mạng xã hội").get(0);
        // the group's name centred over its two columns, above them; STT centred down both header rows
        assertThat(group.x() + group.width() / 2).isBetween(website.x() + website.width(), social.x());
        assertThat(group.y()).isLessThan(website.y());
        TextRun stt = runs(page, "STT").get(0);
        assertThat(stt.y()).isBetween(group.y(), website.y());
    }

    @Test
    void closingBlocksAreKeptWholeOnTheNextPage() {
        for (int rows = 20; rows < 80; rows++) {
            PagedDocument paged = Paginator.paginate(document(rows, PageSetup.Orientation.PORTRAIT, 6, 40, 30), TIMES);
            long withName = paged.pages().stream().filter(p -> p.lines().contains("Thiều Sỹ Hưng")).count();
            long withTitles = paged.pages().stream().filter(p -> p.lines().contains("PHÓ CHỦ TỊCH")).count();
            assertThat(withName).isEqualTo(1);
            PrintPage last = paged.pages().get(paged.pageCount() - 1);
            assertThat(last.lines()).as("%d rows", rows).contains("PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng");
            assertThat(withTitles).isEqualTo(1);
        }
    }
}
