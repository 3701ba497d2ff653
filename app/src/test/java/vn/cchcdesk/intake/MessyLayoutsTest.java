package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.intake.TestDocuments.beside;
import static vn.cchcdesk.intake.TestDocuments.layout;
import static vn.cchcdesk.intake.TestDocuments.line;
import static vn.cchcdesk.intake.TestDocuments.p;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Recurrence;

/**
 * One letter laid out as offices really lay it out — header and closing in two columns — read
 * from a .docx with borderless tables, a signed .pdf with the columns side by side, a .txt with
 * layout tabs and Word artefacts, and a .txt where conversion flattened each row onto one line.
 * All four must give the same fields.
 */
class MessyLayoutsTest {

    private static final List<String> BODY = List.of(
            "Kính gửi:",
            "- Phòng Văn hóa - Xã hội;",
            "- Trung tâm Dịch vụ sự nghiệp công xã;",
            "- Các thôn trên địa bàn xã.",
            "Thực hiện Kế hoạch số 132-KH/UBND ngày 15/01/2026 của Ủy ban nhân dân xã về tuyên truyền cải cách hành chính năm 2026, Chủ tịch Ủy ban nhân dân xã yêu cầu các đơn vị thực hiện một số nội dung sau:",
            "1. Giao Phòng Văn hóa - Xã hội: xây dựng chuyên mục cải cách hành chính trên Trang thông tin điện tử xã. Thời hạn: trước 30/5/2026.",
            "2. Trung tâm Dịch vụ sự nghiệp công chủ trì, phối hợp với Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công xây dựng 04 chương trình phát thanh về dịch vụ công trực tuyến (dự kiến tháng 6/2026).",
            "3. Đề nghị các thôn: tuyên truyền trong các buổi họp thôn hằng quý.",
            "4. Tổng hợp kết quả, báo cáo Ủy ban nhân dân xã.",
            "Yêu cầu các đơn vị nghiêm túc thực hiện./.");

    @TempDir
    Path dir;

    private final DirectiveIntake intake = new DirectiveIntake();

    @Test
    void docxWithLayoutTables() throws Exception {
        Path file = dir.resolve("cong-van.docx");
        List<TestDocuments.Part> parts = new java.util.ArrayList<>();
        parts.add(layout("ỦY BAN NHÂN DÂN\nXÃ ĐỊNH TÂN\n-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------",
                "Số: 35/UBND-VHXH\nV/v tuyên truyền cải cách hành chính\nquý II năm 2026", "Định Tân, ngày 05 tháng 3 năm 2026"));
        BODY.forEach(text -> parts.add(p(text)));
        parts.add(layout("Nơi nhận:\n- Như trên;\n- Chủ tịch UBND xã (để b/c);\n- Lưu: VT, VHXH.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nThiều Sỹ Hưng"));
        TestDocuments.writeDocx(file, parts);

        assertTheLetter(intake.extract(file));
    }

    @Test
    void signedPdfWithColumnsSideBySide() throws Exception {
        Path file = dir.resolve("3128.UBND.VHXH.05.03.2026.signed.pdf");
        List<TestDocuments.PdfLine> lines = new java.util.ArrayList<>();
        lines.add(beside("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        lines.add(beside("XÃ ĐỊNH TÂN", "Độc lập - Tự do - Hạnh phúc"));
        lines.add(line(""));
        lines.add(beside("Số: 35/UBND-VHXH", "Định Tân, ngày 05 tháng 3 năm 2026"));
        lines.add(beside("V/v tuyên truyền cải cách hành chính", "Ký bởi: Ủy ban nhân dân xã Định Tân"));
        lines.add(beside("quý II năm 2026", "Email: vanthu.dinhtan@thanhhoa.gov.vn"));
        lines.add(beside("", "Thời gian ký: 05.03.2026 10:15:30 +07:00"));
        lines.add(beside("", "2026-03-05T10:15:30+07:00"));
        lines.add(line(""));
        for (String text : BODY) {
            lines.add(line(text));
            lines.add(line(""));
        }
        lines.add(beside("Nơi nhận:", "KT. CHỦ TỊCH"));
        lines.add(beside("- Như trên;", "PHÓ CHỦ TỊCH"));
        lines.add(line("- Chủ tịch UBND xã (để b/c);"));
        lines.add(line("- Lưu: VT, VHXH."));
        lines.add(line(""));
        lines.add(beside("", "Thiều Sỹ Hưng"));
        TestDocuments.writePdf(file, lines);

        assertTheLetter(intake.extract(file));
    }

    @Test
    void textWithLayoutTabsAndWordArtefacts() throws Exception {
        String text = "[bookmark: _GoBack]**ỦY BAN NHÂN DÂN**\t\t**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
                + "**XÃ ĐỊNH TÂN**\t\t**Độc lập - Tự do - Hạnh phúc**\n\n"
                + "Số: 35/UBND-VHXH\t\t*Định Tân, ngày 05 tháng 3 năm 2026*\n"
                + "V/v tuyên truyền cải cách hành chính\nquý II năm 2026\n\n"
                + String.join("\n\n", BODY).replace("Kính gửi:\n\n", "**Kính gửi:**\n").replace(";\n\n-", ";\n-")
                + "\n\n***Nơi nhận:***\t\t**KT. CHỦ TỊCH**\n- Như trên;\t\t**PHÓ CHỦ TỊCH**\n"
                + "- Chủ tịch UBND xã (để b/c);\n- Lưu: VT, VHXH.\n\t\t\t**Thiều Sỹ Hưng**\n";
        Path file = dir.resolve("cong-van.txt");
        Files.write(file, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));

        assertTheLetter(intake.extract(file));
    }

    @Test
    void textWhoseColumnsWereFlattenedOntoOneLine() throws Exception {
        String text = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "XÃ ĐỊNH TÂN Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 35/UBND-VHXH Định Tân, ngày 05 tháng 3 năm 2026\n"
                + "V/v tuyên truyền cải cách hành chính\nquý II năm 2026\n\n"
                + String.join("\n", BODY)
                + "\nNơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Chủ tịch UBND xã (để b/c);\n- Lưu: VT, VHXH.\nThiều Sỹ Hưng\n";
        Path file = dir.resolve("cong-van-phang.txt");
        Files.writeString(file, text);

        assertTheLetter(intake.extract(file));
    }

    private static void assertTheLetter(ExtractedDirective d) {
        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân xã Định Tân");
        assertThat(d.type()).isEqualTo("Công văn");
        assertThat(d.number()).isEqualTo("35");
        assertThat(d.symbol()).isEqualTo("UBND-VHXH");
        assertThat(d.date()).isEqualTo(new PartialDate(5, 3, 2026));
        assertThat(d.place()).isEqualTo("Định Tân");
        assertThat(d.summary()).isEqualTo("tuyên truyền cải cách hành chính quý II năm 2026");
        assertThat(d.addressees()).containsExactly(
                "Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ sự nghiệp công xã", "Các thôn trên địa bàn xã");
        assertThat(d.copiesTo()).containsExactly("Như trên", "Chủ tịch UBND xã (để b/c)", "Lưu: VT, VHXH");
        assertThat(d.signer()).isEqualTo(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng"));

        assertThat(d.citations()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("Kế hoạch");
            assertThat(c.number()).isEqualTo("132");
            assertThat(c.symbol()).isEqualTo("KH-UBND");
            assertThat(c.date()).isEqualTo(new PartialDate(15, 1, 2026));
            assertThat(c.issuer()).isEqualTo("Ủy ban nhân dân xã");
        });

        assertThat(d.assignments()).extracting(a -> a.role() + " " + a.unit()).containsExactly(
                "LEAD Phòng Văn hóa - Xã hội",
                "LEAD Trung tâm Dịch vụ sự nghiệp công",
                "SUPPORT Phòng Văn hóa - Xã hội",
                "SUPPORT Trung tâm Phục vụ hành chính công",
                "REQUESTED các thôn",
                "LEAD các đơn vị");
        ExtractedAssignment deadline = d.assignments().get(0);
        assertThat(deadline.task()).isEqualTo("xây dựng chuyên mục cải cách hành chính trên Trang thông tin điện tử xã. Thời hạn: trước 30/5/2026.");
        assertThat(deadline.timeframe().text()).isEqualTo("trước 30/5/2026");
        assertThat(deadline.timeframe().dueDate()).isEqualTo(LocalDate.of(2026, 5, 30));
        assertThat(d.assignments().get(2).timeframe().text()).isEqualTo("dự kiến tháng 6/2026");
        assertThat(d.assignments().get(4).timeframe().recurrence()).isEqualTo(Recurrence.QUARTERLY);
        assertThat(d.assignments().get(5).role()).isEqualTo(AssignmentRole.LEAD);
        assertThat(d.assignments().get(5).timeframe().isNone()).isTrue();
    }
}
