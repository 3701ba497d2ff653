package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.intake.TestDocuments.layout;
import static vn.cchcdesk.intake.TestDocuments.p;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a 10-page directive and extracting its fields, as the review form does. Prints
 * "bench: intake-docx-10p N ms" and "bench: intake-pdf-10p N ms": the median of ten runs once the
 * JVM has compiled the code, as every document after the first is read in the running app. The
 * first run of a fresh JVM, which also loads POI or PDFBox, is printed as "…-first". The issue's
 * target is under 500 ms. Run with {@code mvn -B -Pbench verify}.
 */
@Tag("benchmark")
class IntakeBenchmarkTest {

    private static final int WARM_UP = 5;
    private static final int RUNS = 10;

    @TempDir
    Path dir;

    private final DirectiveIntake intake = new DirectiveIntake();

    @Test
    void tenPageDocx() throws Exception {
        Path file = dir.resolve("ke-hoach-10-trang.docx");
        List<TestDocuments.Part> parts = new ArrayList<>();
        parts.add(layout("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
                "Số: 132-KH/UBND", "An Bình, ngày 15 tháng 01 năm 2026"));
        body().forEach(text -> parts.add(p(text)));
        parts.add(layout("Nơi nhận:\n- UBND huyện (b/c);\n- Lưu: VT, VHXH.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐỗ Minh Quang"));
        TestDocuments.writeDocx(file, parts);

        print("intake-docx-10p", file);
    }

    @Test
    void tenPagePdf() throws Exception {
        Path file = dir.resolve("ke-hoach-10-trang.pdf");
        List<TestDocuments.PdfLine> lines = new ArrayList<>();
        lines.add(TestDocuments.beside("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        lines.add(TestDocuments.beside("XÃ AN BÌNH", "Độc lập - Tự do - Hạnh phúc"));
        lines.add(TestDocuments.beside("Số: 132-KH/UBND", "An Bình, ngày 15 tháng 01 năm 2026"));
        for (String text : body()) {
            lines.add(TestDocuments.line(text));
            lines.add(TestDocuments.line(""));
        }
        lines.add(TestDocuments.beside("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"));
        lines.add(TestDocuments.beside("- Lưu: VT, VHXH.", "CHỦ TỊCH"));
        lines.add(TestDocuments.beside("", "Đỗ Minh Quang"));
        TestDocuments.writePdf(file, lines);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isBetween(10, 14);
        }

        print("intake-pdf-10p", file);
    }

    private void print(String name, Path file) {
        long first = System.nanoTime();
        ExtractedDirective warm = intake.extract(file);
        System.out.println("bench: " + name + "-first " + (System.nanoTime() - first) / 1_000_000 + " ms");
        assertThat(warm.assignments()).hasSizeGreaterThan(40);
        for (int i = 0; i < WARM_UP; i++) {
            intake.extract(file);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            intake.extract(file);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        System.out.println("bench: " + name + " " + millis[RUNS / 2] + " ms");
    }

    /** A plan of about ten pages: sections per unit, items with supports, dates and time frames. */
    private static List<String> body() {
        List<String> body = new ArrayList<>();
        body.add("KẾ HOẠCH");
        body.add("Tuyên truyền cải cách hành chính nhà nước năm 2026");
        body.add("Căn cứ Quyết định số 049/QĐ-BNV ngày 15 tháng 7 năm 2021 của Bộ Nội vụ về việc phê duyệt Đề án tuyên truyền;");
        body.add("Thực hiện Kế hoạch số 25/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026;");
        String[] units = {"Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ sự nghiệp công", "Văn phòng HĐND và UBND", "Phòng Kinh tế",
                "Trung tâm Phục vụ hành chính công", "Công an xã"};
        for (int s = 0; s < 14; s++) {
            body.add((s + 1) + ". " + units[s % units.length]);
            for (int i = 0; i < 5; i++) {
                body.add("- Chủ trì, phối hợp với Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã tổ chức tuyên truyền về cải cách "
                        + "thủ tục hành chính, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt trên hệ thống truyền thanh cơ sở, "
                        + "Trang thông tin điện tử và các nền tảng mạng xã hội; bảo đảm tối thiểu 02 tin, bài mỗi tháng, hoàn thành "
                        + "trước ngày " + (10 + i) + "/" + (s % 12 + 1) + "/2026.");
            }
            body.add("Thời gian thực hiện: Thường xuyên trong năm 2026.");
        }
        body.add("Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2026./.");
        return body;
    }
}
