package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentListing;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.ui.documents.review.AssignmentRow;
import vn.cchcdesk.ui.shell.Shell;

/**
 * The "done when" through the real window: the three sample directives and the PDF of one
 * of them dropped on the window, each review confirmed (a value corrected on the way), all found
 * again by accent-free search with their chains; a bad file says why and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class DirectiveIntakeUiTest {

    private static final PseudoClass SUGGESTED = PseudoClass.getPseudoClass("suggested");

    @TempDir
    static Path dir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            app.documents().save(incoming("1478/SNV-CCHC&VTTLT", new PartialDate(24, 3, 2026), "Sở Nội vụ", 1));
            app.documents().save(incoming("4110/VP-NVKTGS", new PartialDate(15, 4, 2026), "Văn phòng Ủy ban nhân dân thành phố", 2));
        }
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    private static Document incoming(String number, PartialDate date, String issuer, int arrival) {
        return new Document(null, Direction.IN, DocumentType.CONG_VAN, DocumentNumber.parse(number).orElseThrow(), date, null, null,
                issuer, "V/v thực hiện nhiệm vụ năm 2026", Signer.unknown(), List.of(), List.of(),
                RegisterEntry.arrived(arrival, date.toLocalDate().orElseThrow().plusDays(2)), null, null);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private void drop(FxRobot robot, List<Path> files) {
        // the same call the window's drag-and-drop handler makes with the dropped files
        robot.interact(() -> assertThat(shell.mainView().orElseThrow().dropFiles(files)).isTrue());
    }

    @Test
    void dropReviewAndSaveFourDirectivesThenFindThemAndTheirChains(FxRobot robot) {
        Path files = dir.resolve("tai-ve");
        drop(robot, List.of(IntakeFiles.copy(IntakeFiles.DINH_TAN, "docx", files), IntakeFiles.copy(IntakeFiles.TAN_MINH, "docx", files),
                IntakeFiles.copy(IntakeFiles.THANH_MIEN, "docx", files), IntakeFiles.copy(IntakeFiles.THANH_MIEN, "pdf", files)));
        verifyThat("#documentsView", isVisible());

        // 1/4: the commune's own letter, outgoing; its summary corrected
        verifyThat("#directiveReview", isVisible());
        assertThat(text(robot, "#reviewPosition")).isEqualTo("Tệp 1/4");
        assertThat(robot.lookup("#directiveReview #direction").queryComboBox().getValue()).isEqualTo(Direction.OUT);
        TextArea summary = robot.lookup("#directiveReview #summary").queryAs(TextArea.class);
        assertThat(summary.getText()).isEqualTo("đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính");
        assertThat(summary.getPseudoClassStates()).as("a value read from the file").contains(SUGGESTED);
        robot.clickOn(summary).push(KeyCode.SHORTCUT, KeyCode.A).write("Đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính năm 2026");
        assertThat(summary.getPseudoClassStates()).as("corrected by the clerk").doesNotContain(SUGGESTED);
        robot.clickOn("#reviewTabCitations");
        assertThat(text(robot, "#citationCited0")).isEqualTo("Đã có trong sổ: Công văn 1478/SNV-CCHC&VTTLT · 24/03/2026 · Sở Nội vụ");
        robot.clickOn("#reviewSave");

        // 2/4: a neighbour's letter arrives with the next arrival number; one unit picked anew
        assertThat(text(robot, "#reviewPosition")).isEqualTo("Tệp 2/4");
        assertThat(robot.lookup("#directiveReview #direction").queryComboBox().getValue()).isEqualTo(Direction.IN);
        assertThat(robot.lookup("#directiveReview #arrivalNumber").queryTextInputControl().getText()).isEqualTo("3");
        robot.clickOn("#reviewTabAssignments");
        TableView<AssignmentRow> assignments = robot.lookup("#reviewAssignments").queryTableView();
        assertThat(assignments.getItems()).hasSize(15);
        robot.interact(() -> assignments.getSelectionModel().select(14));
        assertThat(assignments.getItems().get(14).matchTextProperty().get()).isEqualTo("các thôn (ngoài danh mục, giữ như văn bản ghi)");
        ComboBox<Unit> unit = robot.lookup("#assignmentUnit").queryComboBox();
        robot.clickOn(unit).clickOn("Đoàn Thanh niên xã");
        assertThat(assignments.getItems().get(14).matchTextProperty().get()).isEqualTo("các thôn → Đoàn Thanh niên xã (đã chọn lại)");
        robot.clickOn("#reviewSave");

        // 3/4 and 4/4: the same letter as Word and as PDF; the PDF is confirmed as a second copy
        assertThat(text(robot, "#reviewPosition")).isEqualTo("Tệp 3/4");
        robot.clickOn("#reviewSave");
        assertThat(text(robot, "#reviewPosition")).isEqualTo("Tệp 4/4");
        assertThat(robot.lookup("#directiveReview #duplicateWarning").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#reviewSave");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Vẫn lưu".equals(((Button) n).getText())).queryButton());
        assertThat(robot.lookup("#directiveReview").tryQuery()).as("every review closed").isEmpty();
        assertThat(text(robot, "#statusMessage")).isEqualTo("Đọc xong: đã vào sổ 4 văn bản, bỏ qua 0, 0 tệp không đọc được.");

        TableView<DocumentListing> table = robot.lookup("#documentsTable").queryTableView();
        assertThat(table.getItems()).hasSize(6);
        robot.clickOn("#documentsSearch").write("thong tin tuyen truyen cai cach hanh chinh");
        assertThat(table.getItems()).hasSize(4).allSatisfy(line -> assertThat(line.numberText()).isEqualTo("/UBND-VHXH"));
        robot.clickOn("#documentsSearch").push(KeyCode.SHORTCUT, KeyCode.A).write("le anh tuan");
        assertThat(table.getItems()).hasSize(2).allSatisfy(line -> assertThat(line.ref().issuer()).isEqualTo("Ủy ban nhân dân xã Thanh Miện"));
        select(robot, 0);
        assertThat(chainCell(robot, "367/QĐ-BNV").getText()).contains("(chưa có trong sổ)");
        TreeCell<?> city = chainCell(robot, "Công văn 4110/VP-NVKTGS");
        robot.doubleClickOn(city);
        assertThat(text(robot, "#detailTitle")).isEqualTo("Công văn 4110/VP-NVKTGS");
        assertThat(robot.lookup("#chainTree .tree-cell").queryAll().stream()
                .filter(n -> ((TreeCell<?>) n).getText() != null && ((TreeCell<?>) n).getText().startsWith("Công văn /UBND-VHXH"))
                .count()).as("the city's letter is implemented by Tân Minh's letter and both copies of Thanh Miện's").isEqualTo(3);

        robot.clickOn("#documentsSearch").push(KeyCode.SHORTCUT, KeyCode.A).write("thieu sy hung");
        assertThat(table.getItems()).singleElement().satisfies(line -> {
            assertThat(line.ref().direction()).isEqualTo(Direction.OUT);
            assertThat(line.ref().summary()).isEqualTo("Đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính năm 2026");
        });
        select(robot, 0);
        assertThat(chainCell(robot, "Công văn 1478/SNV-CCHC&VTTLT").getText()).contains("Sở Nội vụ").doesNotContain("chưa có trong sổ");

        // a zip renamed .docx: its message, and the register as it was
        drop(robot, List.of(IntakeFiles.bad(dir.resolve("hong")).get(5)));
        assertThat(robot.lookup("#directiveReview").tryQuery()).isEmpty();
        assertThat(robot.lookup("#intakeProblems .label").queryAs(Label.class).getText())
                .isEqualTo("• Tệp \"tai-lieu.docx\" không phải văn bản Word .docx (có thể là tệp nén .zip hoặc tệp khác bị đổi đuôi).");
        robot.clickOn("#intakeProblemsClose");
        assertThat(robot.lookup("#intakeBar").query().isVisible()).as("the list closed").isFalse();

        shell.close();
        try (App reopened = App.open(dir.resolve("data"))) {
            assertThat(reopened.documents().count(DocumentQuery.all())).isEqualTo(6);
            DocumentListing tanMinh = reopened.documents().list(new DocumentQuery(null, null, "Ủy ban nhân dân xã Tân Minh", null, null, ""), 5)
                    .get(0);
            assertThat(tanMinh.ref().direction()).isEqualTo(Direction.IN);
            assertThat(tanMinh.arrivalNumber()).isEqualTo(3);
            assertThat(tanMinh.arrivalDate()).isEqualTo(LocalDate.of(2026, 5, 20));
            assertThat(tanMinh.attachmentCount()).isEqualTo(1);
            List<Task> tasks = reopened.tasks().ofDocument(tanMinh.id());
            assertThat(tasks.get(tasks.size() - 1).assignments()).singleElement()
                    .satisfies(a -> assertThat(a.unitText()).isEqualTo("Đoàn Thanh niên xã"));
        }
    }

    private static void select(FxRobot robot, int row) {
        // row cells are recycled: the one showing this row, not the nth in the scene graph
        robot.clickOn(robot.lookup("#documentsTable .table-row-cell")
                .match(n -> ((TableRow<?>) n).getIndex() == row && ((TableRow<?>) n).getItem() != null).queryAs(Node.class));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static TreeCell<?> chainCell(FxRobot robot, String label) {
        return robot.lookup("#chainTree .tree-cell")
                .match(n -> ((TreeCell<?>) n).getText() != null && ((TreeCell<?>) n).getText().contains(label))
                .queryAs(TreeCell.class);
    }
}
