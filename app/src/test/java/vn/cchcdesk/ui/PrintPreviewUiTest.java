package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.ui.shell.Shell;
import vn.cchcdesk.ui.tasks.TaskDemoData;

/**
 * Printing through the real window: the Sổ đăng ký văn bản đến of 2026 previewed from Văn bản
 * (cover, then pages with the register's lines, Trang x/y), paged forward, closed; the matrix
 * previewed from Nhiệm vụ & phân công. No printer is needed.
 */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewUiTest {

    private static final int DOCUMENTS = 45;

    @TempDir
    Path dir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            for (int i = 1; i <= DOCUMENTS; i++) {
                app.documents().save(new Document(null, Direction.IN, DocumentType.CONG_VAN,
                        DocumentNumber.parse((1400 + i) + "/SNV-CCHC&VTTLT").orElseThrow(), new PartialDate(i % 28 + 1, 3, 2026), null, null,
                        "Sở Nội vụ", "V/v đẩy mạnh thông tin, tuyên truyền về cải cách hành chính đợt " + i, Signer.unknown(), List.of(),
                        List.of(), RegisterEntry.arrived(i, LocalDate.of(2026, 4, 1).plusDays(i)), null, null));
            }
            TaskDemoData.fill(app);
        }
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private static List<String> pageTexts(FxRobot robot) {
        return robot.lookup("#printPageView").queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
                .filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
    }

    private static String pageLabel(FxRobot robot) {
        return robot.lookup("#printPageLabel").queryAs(Label.class).getText();
    }

    @Test
    void theIncomingRegisterIsPreviewedPageByPage(FxRobot robot) {
        robot.clickOn("#nav-documents");
        robot.clickOn("#documentsPrint");
        verifyThat("#registerPrint", isVisible());
        robot.clickOn("#registerPrintPreview");

        verifyThat("#printPreview", isVisible());
        String first = pageLabel(robot);
        assertThat(first).startsWith("Trang 1/");
        int pages = Integer.parseInt(first.substring("Trang 1/".length()));
        assertThat(pages).as("the cover and the %d lines on A4 landscape", DOCUMENTS).isBetween(3, 12);
        // the cover
        assertThat(pageTexts(robot)).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "Năm: 2026", "Từ số 1 đến số 45", "Gồm 45 văn bản",
                "Trang 1/" + pages);
        if (!vn.cchcdesk.ui.print.PrintPreviewTestAccess.printerFound()) {
            verifyThat("#printNoPrinter", isVisible());
        }

        robot.clickOn("#printNext");
        assertThat(pageLabel(robot)).isEqualTo("Trang 2/" + pages);
        List<String> second = pageTexts(robot);
        assertThat(second).contains("Ngày đến", "Số đến", "Tác giả", "(1)", "(10)", "Trang 2/" + pages);
        // the symbol as long as its column allows, broken after a hyphen
        assertThat(second).anyMatch(t -> t.startsWith("1401/SNV-"));
        assertThat(String.join(" ", second)).contains("Công văn V/v đẩy mạnh thông tin");

        robot.clickOn("#printNext");
        assertThat(pageLabel(robot)).isEqualTo("Trang 3/" + pages);
        assertThat(pageTexts(robot)).as("the header again").contains("Ngày đến", "Tên loại và trích yếu nội dung");
        robot.clickOn("#printPrevious");
        assertThat(pageLabel(robot)).isEqualTo("Trang 2/" + pages);

        robot.clickOn("#printClose");
        assertThat(robot.lookup("#printPreview").tryQuery()).isEmpty();
        assertThat(Window.getWindows()).hasSize(1);
    }

    @Test
    void theMatrixIsPreviewedWithItsUnits(FxRobot robot) {
        robot.clickOn("#nav-tasks");
        robot.clickOn("#tasks-tab-matrix");
        robot.clickOn("#matrixPrint");

        verifyThat("#printPreview", isVisible());
        List<String> texts = pageTexts(robot);
        assertThat(texts).contains("ỦY BAN NHÂN DÂN", "XÃ ĐỊNH TÂN", "Độc lập - Tự do - Hạnh phúc", "STT", "Đơn vị thực hiện", "C", "P");
        assertThat(String.join(" ", texts)).contains("MA TRẬN PHÂN CÔNG NHIỆM VỤ");
        robot.clickOn("#printLast");
        assertThat(String.join(" ", pageTexts(robot))).contains("Thiều Sỹ Hưng");
        robot.clickOn("#printClose");
        Node preview = robot.lookup("#printPreview").tryQuery().orElse(null);
        assertThat(preview).isNull();
    }
}
