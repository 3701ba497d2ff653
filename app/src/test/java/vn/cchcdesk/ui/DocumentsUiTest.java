package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentListing;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.ui.shell.Shell;

/**
 * Văn bản through the real window: a plan registered through the form, found again by an
 * accent-free search, its citation chain opened up to the province's letter it implements.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentsUiTest {

    @TempDir
    static Path dir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            app.documents().save(new Document(null, Direction.IN, DocumentType.CONG_VAN,
                    DocumentNumber.parse("1478/SNV-CCHC&VTTLT").orElseThrow(), new PartialDate(24, 3, 2026), null, null,
                    "Sở Nội vụ", "V/v đẩy mạnh thông tin, tuyên truyền về cải cách hành chính", Signer.unknown(), List.of(),
                    List.of(), RegisterEntry.arrived(1, LocalDate.of(2026, 3, 26)), null, null));
        }
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void registerAPlanFindItWithoutAccentsAndFollowItsChain(FxRobot robot) {
        robot.clickOn("#nav-documents");
        verifyThat("#documentsView", isVisible());
        TableView<DocumentListing> table = robot.lookup("#documentsTable").queryTableView();
        assertThat(table.getItems()).extracting(DocumentListing::numberText).containsExactly("1478/SNV-CCHC&VTTLT");

        robot.clickOn("#documentsAdd");
        verifyThat("#documentForm", isVisible());
        robot.clickOn("#documentForm #direction").clickOn("Văn bản đi");
        robot.clickOn("#documentForm #type").clickOn("Kế hoạch (KH)");
        robot.clickOn("#documentForm #documentSave");
        assertThat(robot.lookup("#documentForm #summaryError").queryAs(Label.class).getText()).isEqualTo("Không được để trống.");

        robot.clickOn("#documentForm #number").write("42");
        robot.clickOn("#documentForm #issueDate").write("05/05/2026");
        robot.clickOn("#documentForm #summary").write("Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026");
        robot.clickOn("#documentForm #citations")
                .write("Thực hiện Công văn số 1478/SNV-CCHC&VTTLT ngày 24/3/2026 của Sở Nội vụ");
        robot.clickOn("#documentForm #documentSave");
        assertThat(robot.lookup("#documentForm").tryQuery()).as("the form closed once saved").isEmpty();
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo("Đã lưu Kế hoạch 42/KH-UBND.");

        robot.clickOn("#documentsSearch").write("ke hoach cai cach hanh chinh 2026");
        assertThat(table.getItems()).extracting(DocumentListing::numberText).containsExactly("42/KH-UBND");
        robot.clickOn(robot.lookup("#documentsTable .table-row-cell").nth(0).queryAs(Node.class));
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("Kế hoạch 42/KH-UBND");

        TreeCell<?> letter = chainCell(robot, "Công văn 1478/SNV-CCHC&VTTLT");
        assertThat(letter.getText()).contains("Sở Nội vụ");
        robot.doubleClickOn(letter);
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("Công văn 1478/SNV-CCHC&VTTLT");
        assertThat(table.getSelectionModel().getSelectedItem().numberText()).isEqualTo("1478/SNV-CCHC&VTTLT");
        assertThat(chainCell(robot, "Kế hoạch 42/KH-UBND").getText()).as("what implements it, below it").contains("Ủy ban nhân dân xã Định Tân");

        robot.clickOn("#documentDelete");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Xóa".equals(((Button) n).getText())).queryButton());
        assertThat(table.getItems()).extracting(DocumentListing::numberText).containsExactly("42/KH-UBND");

        shell.close();
        try (App reopened = App.open(dir.resolve("data"))) {
            assertThat(reopened.documents().list(DocumentQuery.all(), 10)).singleElement().satisfies(plan -> {
                assertThat(plan.ref().direction()).isEqualTo(Direction.OUT);
                assertThat(plan.ref().issueDate()).isEqualTo(new PartialDate(5, 5, 2026));
            });
            Document plan = reopened.documents().find(reopened.documents().list(DocumentQuery.all(), 10).get(0).id()).orElseThrow();
            assertThat(plan.citations()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(CitationKind.IMPLEMENTS));
        }
    }

    private static TreeCell<?> chainCell(FxRobot robot, String label) {
        return robot.lookup("#chainTree .tree-cell")
                .match(n -> ((TreeCell<?>) n).getText() != null && ((TreeCell<?>) n).getText().startsWith(label))
                .queryAs(TreeCell.class);
    }
}
