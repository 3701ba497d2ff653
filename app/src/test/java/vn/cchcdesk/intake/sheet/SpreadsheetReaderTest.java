package vn.cchcdesk.intake.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.intake.sheet.Sheets.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.collect.ColumnMapping;
import vn.cchcdesk.domain.collect.ImportField;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.ParsedSheet;
import vn.cchcdesk.domain.collect.RowProblem;

/** Sheets people actually send: titles above the table, dates and numbers typed every way, bad rows named by row and column. */
class SpreadsheetReaderTest {

    @TempDir
    Path dir;

    private final SpreadsheetReader reader = new SpreadsheetReader();

    private ParsedSheet read(Path file) {
        return reader.read(file, Sheets.context(), ImportProgress.none());
    }

    @Test
    void readsATableUnderTitleRowsWithDatesAndNumbersTypedEveryWay() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN CCHC QUÝ II/2026"));
        rows.add(row("Đơn vị: Hội Nông dân xã"));
        rows.addAll(Sheets.table(List.of(
                row(LocalDate.of(2026, 4, 2), "Hội Nông dân xã", "Chương trình phát thanh (đài truyền thanh cơ sở)",
                        "Phát thanh về dịch vụ công trực tuyến", 2, "chương trình", 15, null, null, null),
                row("05/04/2026", "Hội ND", "hoi nghi", "Hội nghị tập huấn thủ tục hành chính", "1", null, "120", "45",
                        null, "Tại hội trường"),
                row("7/4/2026", "VHXH", "Facebook", "Bài đăng về Đề án 06", 3, "bài đăng", null, null,
                        "https://facebook.com/xa/posts/1", null),
                row("2026-04-09", "Đoàn TNCS Hồ Chí Minh", "băng rôn", "Treo băng rôn tuyên truyền CCHC", "1.200", "cái",
                        null, null, null, null))));
        ParsedSheet parsed = read(Sheets.xlsx(dir.resolve("bao-cao.xlsx"), rows));

        assertThat(parsed.headerRow()).isEqualTo(3);
        assertThat(parsed.mapping().column(ImportField.FORM)).hasValue(3);
        assertThat(parsed.rows()).extracting(ImportRow::rowNumber).containsExactly(4, 5, 6, 7);
        assertThat(parsed.rows()).allSatisfy(r -> assertThat(r.problems()).filteredOn(RowProblem::isError).isEmpty());
        List<Activity> activities = parsed.rows().stream().map(ImportRow::activity).toList();
        assertThat(activities).extracting(Activity::date).containsExactly(LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 9));
        assertThat(activities).extracting(Activity::unitId).containsExactly(10L, 10L, 3L, 12L);
        assertThat(activities).extracting(Activity::formId).containsExactly(1L, 8L, 3L, 7L);
        assertThat(activities).extracting(Activity::quantity).containsExactly(2, 1, 3, 1200);
        assertThat(activities.get(1).durationMinutes()).isEqualTo(120);
        assertThat(activities.get(1).participants()).isEqualTo(45);
        assertThat(activities.get(1).notes()).isEqualTo("Tại hội trường");
        assertThat(activities.get(2).link()).isEqualTo("https://facebook.com/xa/posts/1");
        assertThat(parsed.rows()).extracting(ImportRow::rowKey).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void recognisesHeadersWrittenWithoutAccentsAndInAnotherOrder() throws Exception {
        Path file = Sheets.xlsx(dir.resolve("khong-dau.xlsx"), List.of(
                row("Noi dung", "Hinh thuc", "Ngay", "DVT", "So luong", "Don vi thuc hien", "Thoi luong (phut)",
                        "So nguoi tham du", "Link"),
                row("Tin về một cửa", "Tin, bài trên Trang thông tin điện tử", "12/05/2026", "tin, bài", 1, "VP", null,
                        null, "https://xa.gov.vn/tin/1")));
        ParsedSheet parsed = read(file);
        ColumnMapping m = parsed.mapping();
        assertThat(m.column(ImportField.TITLE)).hasValue(0);
        assertThat(m.column(ImportField.FORM)).hasValue(1);
        assertThat(m.column(ImportField.DATE)).hasValue(2);
        assertThat(m.column(ImportField.MEASURE_UNIT)).hasValue(3);
        assertThat(m.column(ImportField.QUANTITY)).hasValue(4);
        assertThat(m.column(ImportField.UNIT)).hasValue(5);
        assertThat(m.column(ImportField.DURATION)).hasValue(6);
        assertThat(m.column(ImportField.PARTICIPANTS)).hasValue(7);
        assertThat(m.column(ImportField.LINK)).hasValue(8);
        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.isValid()).isTrue();
            assertThat(r.activity().unitId()).isEqualTo(1L);
            assertThat(r.activity().formId()).isEqualTo(2L);
        });
    }

    @Test
    void namesEveryBadCellByRowColumnAndReason() throws Exception {
        Path file = Sheets.xlsx(dir.resolve("loi.xlsx"), Sheets.table(List.of(
                row("31/02/2026", "VHXH", "Phát thanh", "Ngày không có thật", 1, null, null, null, null, null),
                row("hôm qua", "VHXH", "Phát thanh", "Ngày không đọc được", 1, null, null, null, null, null),
                row("03/31/2026", "VHXH", "Phát thanh", "Ngày kiểu Mỹ", 1, null, null, null, null, null),
                row("10/04/2026", "VHXH", "Phát thanh", "Chữ trong ô số", "ba", null, null, null, null, null),
                row("10/04/2026", "VHXH", "Phát thanh", "Số âm", -2, null, null, null, null, null),
                row("10/04/2026", "VHXH", "Hội nghị", "Số thập phân", 1, null, null, 12.5, null, null),
                row("10/04/2026", "Phòng Tư pháp", "Phát thanh", "Đơn vị lạ", 1, null, null, null, null, null),
                row("10/04/2026", "VHXH", "Loa kéo", "Hình thức lạ", 1, null, null, null, null, null),
                row("10/04/2026", "VHXH", "Phát thanh", null, 1, null, null, null, null, null),
                row(null, "VHXH", "Phát thanh", "Thiếu ngày", 1, null, null, null, null, null))));
        ParsedSheet parsed = read(file);

        assertThat(parsed.rows()).hasSize(10).allSatisfy(r -> assertThat(r.status()).isEqualTo(ImportRow.Status.INVALID));
        assertThat(errors(parsed)).containsExactly(
                "2 B Ngày thực hiện collect.value.dateImpossible [31/02/2026]",
                "3 B Ngày thực hiện collect.value.dateUnreadable [hôm qua]",
                "4 B Ngày thực hiện collect.value.dateMonthFirst [03/31/2026]",
                "5 F Số lượng collect.value.notANumber [ba]",
                "6 F Số lượng collect.value.negative [-2]",
                "7 I Số người tham dự collect.value.notWhole [12.5]",
                "8 C Đơn vị collect.row.unitUnknown [Phòng Tư pháp]",
                "9 D Hình thức collect.row.formUnknown [Loa kéo]",
                "10 E Nội dung/Tiêu đề collect.row.required []",
                "11 B Ngày thực hiện collect.row.required []");
    }

    @Test
    void aRowRepeatedInTheFileIsFlaggedAtItsSecondOccurrence() throws Exception {
        List<Object> same = row("10/04/2026", "VHXH", "Phát thanh", "Phát thanh về CCHC", 1, null, null, null, null, null);
        Path file = Sheets.xlsx(dir.resolve("trung.xlsx"), Sheets.table(List.of(same,
                row("11/04/2026", "VHXH", "Phát thanh", "Bài khác", 1, null, null, null, null, null),
                row("10/04/2026", "Phòng Văn hóa - Xã hội", "Chương trình phát thanh (đài truyền thanh cơ sở)",
                        "phát thanh về CCHC", 1, null, null, null, null, null))));
        ParsedSheet parsed = read(file);
        assertThat(parsed.rows()).extracting(ImportRow::status).containsExactly(ImportRow.Status.VALID,
                ImportRow.Status.VALID, ImportRow.Status.INVALID);
        assertThat(errors(parsed)).containsExactly("4   collect.row.duplicateInFile [2]");
    }

    @Test
    void warnsWithoutRejecting() throws Exception {
        Path file = Sheets.xlsx(dir.resolve("canh-bao.xlsx"), Sheets.table(List.of(
                row("01/02/2026", "Hội Nông dân", "Họp thôn", "Ngoài kỳ", null, "hội nghị", null, null, null, null))));
        ImportRow row = read(file).rows().get(0);
        assertThat(row.isValid()).isTrue();
        assertThat(row.activity().quantity()).isEqualTo(1);
        assertThat(row.problems()).extracting(RowProblem::messageKey).containsExactlyInAnyOrder(
                "collect.row.quantityDefault", "collect.row.measureMismatch", "collect.row.outsidePeriod");
    }

    @Test
    void theClerksMappingReplacesTheRecognisedOne() throws Exception {
        Path file = Sheets.xlsx(dir.resolve("cot-la.xlsx"), List.of(
                row("Cột 1", "Cột 2", "Cột 3", "Cột 4"),
                row("Tin về một cửa", "12/05/2026", "Tin, bài trên Trang thông tin điện tử", "VP")));
        ParsedSheet unmapped = read(file);
        assertThat(unmapped.notices()).extracting(n -> n.messageKey()).contains("collect.notice.noHeader");
        assertThat(unmapped.rows()).singleElement().satisfies(r -> assertThat(r.isValid()).isFalse());
        assertThat(unmapped.columns()).extracting(c -> c.letter() + ":" + c.header())
                .containsExactly("A:Cột 1", "B:Cột 2", "C:Cột 3", "D:Cột 4");

        ColumnMapping mapping = ColumnMapping.empty().with(ImportField.TITLE, 0).with(ImportField.DATE, 1)
                .with(ImportField.FORM, 2).with(ImportField.UNIT, 3);
        ParsedSheet mapped = reader.read(file, Sheets.context().withMapping(mapping), ImportProgress.none());
        assertThat(mapped.rows()).singleElement().satisfies(r -> {
            assertThat(r.isValid()).isTrue();
            assertThat(r.activity().title()).isEqualTo("Tin về một cửa");
        });
    }

    static List<String> errors(ParsedSheet parsed) {
        return parsed.rows().stream().flatMap(r -> r.problems().stream()).filter(RowProblem::isError)
                .map(p -> p.row() + " " + p.columnLetter() + " " + p.header() + " " + p.messageKey() + " " + p.args())
                .toList();
    }
}
