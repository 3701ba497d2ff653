package vn.cchcdesk.ui.documents.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.ui.IntakeFiles;
import vn.cchcdesk.ui.ShellTestSupport;

/** Several files dropped at once: read one after another, bad ones listed with their message, nothing half-saved. */
class IntakeQueueTest {

    @TempDir
    Path dir;
    private App app;
    private final List<String> said = new ArrayList<>();
    private IntakeQueue queue;

    @BeforeEach
    void open() {
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
        app.settings().saveCommune(ShellTestSupport.DINH_TAN);
        DirectiveReading reading = new DirectiveReading(app.intake(), app.documents(), app.catalog(), app.settings());
        queue = new IntakeQueue(reading::read, app.documents(), ShellTestSupport.context(said));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void filesAreReviewedOneAfterAnotherAndBadOnesSayWhy() {
        Path files = dir.resolve("files");
        Path tanMinh = IntakeFiles.copy(IntakeFiles.TAN_MINH, "docx", files);
        Path thanhMien = IntakeFiles.copy(IntakeFiles.THANH_MIEN, "pdf", files);
        List<Path> bad = IntakeFiles.bad(dir.resolve("bad"));
        List<Path> dropped = new ArrayList<>();
        dropped.add(bad.get(0));
        dropped.add(tanMinh);
        dropped.addAll(bad.subList(1, bad.size()));
        dropped.add(thanhMien);

        queue.submit(dropped);
        DirectiveReviewViewModel first = queue.reviewProperty().get();
        assertThat(first.fileName()).isEqualTo(tanMinh.getFileName().toString());
        assertThat(queue.position()).isEqualTo("Tệp 2/8");
        assertThat(queue.remaining()).isEqualTo(6);
        assertThat(queue.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("Tệp \"rong.docx\" rỗng (0 byte), không có nội dung để đọc."));

        first.save(false, r -> { });
        queue.reviewed();
        DirectiveReviewViewModel second = queue.reviewProperty().get();
        assertThat(second.fileName()).isEqualTo(thanhMien.getFileName().toString());
        assertThat(queue.readingProperty().get()).isFalse();
        assertThat(queue.problems()).extracting(IntakeQueue.Problem::file).containsExactlyElementsOf(bad);
        assertThat(queue.problems()).extracting(IntakeQueue.Problem::message).containsExactly(
                "Tệp \"rong.docx\" rỗng (0 byte), không có nội dung để đọc.",
                "Tệp \"hong.docx\" bị hỏng hoặc không đúng định dạng Word, không đọc được. Hãy mở tệp bằng phần mềm soạn thảo rồi lưu lại, hoặc xin lại bản gốc.",
                "Tệp \"mat-khau.pdf\" được đặt mật khẩu nên không đọc được. Hãy mở tệp, gỡ mật khẩu, lưu lại rồi nhập lại.",
                "Tệp PDF \"ban-scan.pdf\" chỉ chứa hình ảnh (bản quét), không có lớp chữ để đọc. Cần bản PDF có lớp chữ: hãy nhận dạng chữ (OCR) hoặc xin bản .docx hay PDF gốc rồi nhập lại.",
                "Tệp \"qua-lon.pdf\" quá lớn (50 MB); chỉ đọc văn bản đến 25 MB. Hãy kiểm tra lại tệp hoặc bỏ bớt hình ảnh, phụ lục rồi lưu lại.",
                "Tệp \"tai-lieu.docx\" không phải văn bản Word .docx (có thể là tệp nén .zip hoặc tệp khác bị đổi đuôi).");

        queue.reviewed(); // skipped
        assertThat(queue.reviewProperty().get()).isNull();
        assertThat(queue.statusProperty().get()).isEmpty();
        assertThat(said).last().isEqualTo("Đọc xong: đã vào sổ 1 văn bản, bỏ qua 1, 6 tệp không đọc được.");
        assertThat(app.documents().count(DocumentQuery.all())).as("bad files change nothing").isEqualTo(1);
    }

    @Test
    void stoppingDropsTheFilesNotYetReadAndANewDropStartsAfresh() {
        Path files = dir.resolve("files");
        queue.submit(List.of(IntakeFiles.bad(dir.resolve("bad")).get(0), IntakeFiles.copy(IntakeFiles.DINH_TAN, "docx", files),
                IntakeFiles.copy(IntakeFiles.TAN_MINH, "docx", files)));
        assertThat(queue.remaining()).isEqualTo(1);
        queue.stop();
        queue.reviewed();
        assertThat(queue.reviewProperty().get()).isNull();
        assertThat(queue.problems()).hasSize(1);

        queue.submit(List.of(IntakeFiles.copy(IntakeFiles.THANH_MIEN, "docx", files)));
        assertThat(queue.problems()).as("a new batch").isEmpty();
        assertThat(queue.position()).isEqualTo("Tệp 1/1");
        assertThat(app.documents().count(DocumentQuery.all())).isZero();
    }
}
