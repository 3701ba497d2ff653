package vn.cchcdesk.ui.par;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.par.EvidenceItem;
import vn.cchcdesk.domain.par.ParCriterion;
import vn.cchcdesk.store.par.ParFixtures;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.shell.Shell;

/** Chỉ số CCHC through the real window: a year scored with its reasons, the scale edited, the evidence exported as a zip. */
@ExtendWith(ApplicationExtension.class)
class ParUiTest {

    @TempDir
    static Path dir;
    private static int run;
    private Shell shell;
    private Path root;

    @Start
    void start(Stage stage) {
        root = dir.resolve("run" + run++);
        Path data = root.resolve("data");
        ShellTestSupport.setUpCommune(data);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            ParFixtures.fill(app, root.resolve("files"));
        }
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theYearIsScoredWithAReasonPerCriterionAndTheEvidenceGoesToAZip(FxRobot robot) throws Exception {
        robot.clickOn("#nav-par");
        assertThat(robot.lookup("#parTotal").queryAs(Label.class).getText()).isEqualTo("Tổng: 1,75 / 2 điểm");
        TableView<ParViewModel.ScoreLine> scores = robot.lookup("#parScores").queryTableView();
        assertThat(scores.getItems()).extracting(ParViewModel.ScoreLine::code, ParViewModel.ScoreLine::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple("4.1", "1"), org.assertj.core.groups.Tuple.tuple("4.2.1", "0"),
                org.assertj.core.groups.Tuple.tuple("4.2.2", "0,25"), org.assertj.core.groups.Tuple.tuple("4.2.3", "0,5"));
        assertThat(scores.getItems().get(0).reason()).isEqualTo("Đạt 3/3 chỉ tiêu của kế hoạch (100 %): đủ điểm.");
        assertThat(scores.getItems().get(3).reason()).isEqualTo("13 hoạt động trong năm, 1 hoạt động có tài liệu kiểm chứng đính kèm.");
        TableView<EvidenceItem> evidence = robot.lookup("#parEvidence").queryTableView();
        assertThat(evidence.getItems()).hasSize(4);

        robot.interact(() -> robot.lookup("#parYear").queryComboBox().getSelectionModel().select((Object) 2025));
        assertThat(robot.lookup("#parTotal").queryAs(Label.class).getText()).isEqualTo("Tổng: 0,25 / 2 điểm");
        assertThat(scores.getItems().get(0).reason()).isEqualTo("Kế hoạch năm 2025 chưa có chỉ tiêu nào: không tính được mức độ hoàn thành.");
        assertThat(scores.getItems().get(1).reason())
                .isEqualTo("1 hoạt động trong năm nhưng chưa có tài liệu kiểm chứng đính kèm: cần bổ sung minh chứng.");
        robot.interact(() -> robot.lookup("#parYear").queryComboBox().getSelectionModel().select((Object) 2026));

        Path zip = Files.createDirectories(root.resolve("usb")).resolve("minh-chung");
        robot.clickOn("#parExportTarget").write(zip.toString());
        robot.clickOn("#parExport");
        Path written = root.resolve("usb").resolve("minh-chung.zip");
        assertThat(robot.lookup("#parExportResult").queryAs(Label.class).getText())
                .isEqualTo("Đã xuất hồ sơ minh chứng (5 tệp đính kèm và bảng tổng hợp) vào " + written + ".");
        try (ZipFile file = new ZipFile(written.toFile(), StandardCharsets.UTF_8)) {
            assertThat(file.size()).isEqualTo(ParFixtures.FILES + 1);
        }
    }

    @Test
    void anotherProvinceScaleIsEditedAndTheScoreFollows(FxRobot robot) {
        robot.clickOn("#nav-par");
        robot.clickOn("Thang điểm (theo hướng dẫn của tỉnh)");
        TableView<ParCriterion> table = robot.lookup("#parCriteriaTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(1));
        assertThat(robot.lookup("#parCriteria #code").queryTextInputControl().getText()).isEqualTo("4.2.1");
        robot.interact(() -> robot.lookup("#parCriteria #maxPoints").queryTextInputControl().setText("abc"));
        robot.clickOn("#parCriterionSave");
        assertThat(robot.lookup("#maxPointsError").queryAs(Label.class).getText()).isEqualTo("Nhập một số, ví dụ 0,25.");

        // this province gives the traditional forms 1 point and has no electronic-board line
        robot.interact(() -> table.getSelectionModel().select(3));
        robot.interact(() -> robot.lookup("#parCriteria #maxPoints").queryTextInputControl().setText("1"));
        robot.clickOn("#parCriterionSave");
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#parCriterionDelete");
        assertThat(table.getItems()).extracting(ParCriterion::code).containsExactly("4.1", "4.2.2", "4.2.3");

        robot.clickOn("#parCriterionNew");
        robot.interact(() -> {
            robot.lookup("#parCriteria #code").queryTextInputControl().setText("4.1");
            robot.lookup("#parCriteria #title").queryTextInputControl().setText("Trùng mã");
            robot.lookup("#parCriteria #maxPoints").queryTextInputControl().setText("0,5");
            robot.lookup("#parCriteria #channel").<vn.cchcdesk.domain.catalog.ParChannel>queryComboBox().getSelectionModel()
                    .select(vn.cchcdesk.domain.catalog.ParChannel.WEB_SOCIAL);
        });
        robot.clickOn("#parCriterionSave");
        assertThat(robot.lookup("#codeError").queryAs(Label.class).getText()).isEqualTo("Đã có tiêu chí mã 4.1.");
        assertThat(robot.lookup("#channelError").queryAs(Label.class).getText()).isEmpty();

        robot.clickOn("Tự chấm điểm");
        assertThat(robot.lookup("#parTotal").queryAs(Label.class).getText()).isEqualTo("Tổng: 2,25 / 2,25 điểm");
    }
}
