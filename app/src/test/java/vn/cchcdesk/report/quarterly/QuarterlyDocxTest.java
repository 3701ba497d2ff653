package vn.cchcdesk.report.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.report.ReportFixture;

/** The draft of the written report read back with POI: the decree's layout and the period's figures. */
class QuarterlyDocxTest {

    @TempDir
    static Path dir;
    static XWPFDocument doc;
    static String body;

    @BeforeAll
    static void write() throws Exception {
        Path file = dir.resolve("bao-cao-2026-Q2.docx");
        try (App app = ReportFixture.open(dir.resolve("data"))) {
            QuarterlyDocx.write(ReportFixture.queries(app).quarterly(ReportingPeriod.quarter(2026, 2), ReportFixture.TODAY), file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        }
        StringBuilder text = new StringBuilder();
        doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
        body = text.toString();
    }

    @AfterAll
    static void close() throws Exception {
        doc.close();
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void a4WithTheDecreesMargins() {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        CTPageMar margins = section.getPgMar();
        // twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 850
        assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1701));
        assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(850));
    }

    @Test
    void headerTableWithoutBorders() {
        IBodyElement first = doc.getBodyElements().get(0);
        assertThat(first).isInstanceOf(XWPFTable.class);
        XWPFTable header = (XWPFTable) first;
        assertThat(header.getRows()).hasSize(1);
        assertThat(header.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
        assertThat(header.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
        assertThat(header.getLeftBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
        assertThat(lines(header.getRow(0).getCell(0))).containsExactly("ỦY BAN NHÂN DÂN", "XÃ ĐỊNH TÂN", "Số:         /BC-UBND");
        assertThat(lines(header.getRow(0).getCell(1))).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Định Tân, ngày      tháng 6 năm 2026");
        XWPFParagraph dateLine = header.getRow(0).getCell(1).getParagraphs().stream()
                .filter(p -> p.getText().startsWith("Định Tân")).findFirst().orElseThrow();
        assertThat(dateLine.getRuns().get(0).isItalic()).isTrue();
        // the short lines of the decree under the issuing body and the motto
        assertThat(header.getRow(0).getCell(0).getParagraphs().stream().filter(p -> p.getBorderBottom() != org.apache.poi.xwpf.usermodel.Borders.NONE))
                .hasSize(1);
    }

    @Test
    void titleAndTheFiveSectionsInOrder() {
        XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getText().equals("BÁO CÁO")).findFirst().orElseThrow();
        assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(title.getRuns().get(0).isBold()).isTrue();
        assertThat(body).contains("Kết quả công tác thông tin, tuyên truyền cải cách hành chính quý II năm 2026");
        List<Integer> at = new ArrayList<>();
        for (String heading : List.of("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG",
                "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2026", "V. ĐỀ XUẤT, KIẾN NGHỊ")) {
            at.add(body.indexOf(heading + "\n"));
        }
        assertThat(at).doesNotContain(-1).isSorted();
    }

    @Test
    void theFiguresOfThePeriod() {
        assertThat(body).contains(
                "Thực hiện Kế hoạch số 42/KH-UBND ngày 10/01/2026 của UBND xã Định Tân về tuyên truyền cải cách hành chính năm 2026, "
                        + "Ủy ban nhân dân xã Định Tân báo cáo",
                "đã tiếp nhận 1 văn bản chỉ đạo, hướng dẫn của cấp trên; ban hành 0 kế hoạch và 1 văn bản chỉ đạo",
                "- Công văn số 15/UBND-VHXH ngày 15/04/2026 về đẩy mạnh tuyên truyền cải cách hành chính quý II năm 2026.",
                "trong đó: đã hoàn thành 1 nhiệm vụ (đạt 25%); đang thực hiện trong hạn 2 nhiệm vụ; quá hạn 1 nhiệm vụ.",
                "- Tin, bài trên Trang thông tin điện tử: 6 tin, bài (lũy kế từ đầu năm 12 tin, bài, đạt 100% kế hoạch năm; "
                        + "cùng kỳ năm trước 8 tin, bài).",
                "- Pano, áp phích, băng rôn, khẩu hiệu: 1.500 cái",
                "4.000 lượt truy cập (lũy kế từ đầu năm 5.000 lượt)",
                "thu hút 230 lượt người tham dự; tổng thời lượng phát thanh, phát video 105 phút",
                "Có 2/3 chỉ tiêu kế hoạch năm đã đạt.",
                "Chương trình phát thanh (đài truyền thanh cơ sở) (lũy kế 8/24 chương trình)",
                "+ Phát chuyên mục cải cách hành chính trên đài truyền thanh (Trung tâm Dịch vụ sự nghiệp công; hạn 01/05/2026).",
                "Chương trình phát thanh (đài truyền thanh cơ sở) còn 16 chương trình",
                "Trên đây là báo cáo kết quả công tác thông tin, tuyên truyền cải cách hành chính quý II năm 2026 của Ủy ban nhân dân xã Định Tân./.");
        // its own report is issued in the period but is not direction
        assertThat(body).doesNotContain("- Báo cáo số 70/BC-UBND");
    }

    @Test
    void recipientsAndSignatureSideBySide() {
        List<XWPFTable> tables = doc.getTables();
        XWPFTable closing = tables.get(tables.size() - 1);
        assertThat(lines(closing.getRow(0).getCell(0))).containsExactly("Nơi nhận:", "- Sở Nội vụ tỉnh Thanh Hóa (b/c);",
                "- Thường trực Đảng ủy, HĐND xã (b/c);", "- Chủ tịch, các Phó Chủ tịch UBND xã;", "- Các phòng, ban, đơn vị thuộc xã;",
                "- Lưu: VT, VHXH.");
        assertThat(lines(closing.getRow(0).getCell(1))).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng");
        assertThat(closing.getBottomBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
    }

    @Test
    void timesNewRomanThirteenToFourteenInTheBody() {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
        assertThat(runs).hasSizeGreaterThan(40);
        for (XWPFRun run : runs) {
            assertThat(run.getFontFamily()).as(run.text()).isEqualTo("Times New Roman");
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.hAnsi)).as(run.text()).isEqualTo("Times New Roman");
        }
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun run : p.getRuns()) {
                if (!run.text().isEmpty()) {
                    assertThat(run.getFontSizeAsDouble()).as(run.text()).isBetween(13.0, 14.0);
                }
            }
        }
        assertThat(doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(14.0);
    }
}
