package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import vn.cchcdesk.domain.catalog.BodyLevel;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.ui.shell.Shell;

/** Danh mục through the real window: add, refuse bad input, edit, delete, and find it all after a restart. */
@ExtendWith(ApplicationExtension.class)
class CatalogUiTest {

    @TempDir
    static Path dir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void editTheCataloguesAndKeepThemAcrossARestart(FxRobot robot) {
        robot.clickOn("#nav-catalog");
        verifyThat("#unitsTab", isVisible());

        robot.clickOn("#unitsAdd");
        robot.clickOn("#unitsSave");
        assertThat(robot.lookup("#unitsTab #nameError").queryAs(Label.class).getText()).isEqualTo("Không được để trống.");

        robot.clickOn("#unitsTab #name").write("Thôn Đông Hòa");
        robot.clickOn("#unitsTab #kind").clickOn("Thôn, tổ dân phố");
        robot.clickOn("#unitsTab #aliases").write("Đông Hòa");
        robot.clickOn("#unitsTab #sortOrder").eraseText(4).write("300");
        robot.clickOn("#unitsSave");
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo("Đã lưu.");

        robot.clickOn("#unitsSearch").write("dong hoa");
        TableView<Unit> units = robot.lookup("#unitsTable").queryTableView();
        assertThat(units.getItems()).extracting(Unit::name).containsExactly("Thôn Đông Hòa");

        robot.clickOn("Cơ quan ban hành");
        verifyThat("#bodiesTab", isVisible());
        robot.clickOn("#bodiesAdd");
        robot.clickOn("#bodiesTab #name").write("Sở Thông tin và Truyền thông");
        robot.clickOn("#bodiesTab #abbreviation").write("STTTT");
        robot.clickOn("#bodiesSave");
        TableView<ExternalBody> bodies = robot.lookup("#bodiesTable").queryTableView();
        assertThat(bodies.getItems()).extracting(ExternalBody::name).contains("Sở Thông tin và Truyền thông");

        robot.clickOn("#bodiesSearch").write("dang uy");
        robot.clickOn(robot.lookup("#bodiesTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(robot.lookup("#bodiesTab #name").queryAs(TextField.class).getText()).isEqualTo("Đảng ủy xã");
        robot.clickOn("#bodiesDelete");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Xóa".equals(((Button) n).getText())).queryButton());
        robot.type(KeyCode.ESCAPE);
        assertThat(bodies.getItems()).isEmpty();

        shell.close();
        try (App reopened = App.open(dir.resolve("data"))) {
            assertThat(reopened.catalog().units()).filteredOn(u -> u.name().equals("Thôn Đông Hòa")).singleElement()
                    .satisfies(u -> {
                        assertThat(u.kind()).isEqualTo(UnitKind.VILLAGE);
                        assertThat(u.aliases()).containsExactly("Đông Hòa");
                        assertThat(u.sortOrder()).isEqualTo(300);
                    });
            assertThat(reopened.catalog().bodies()).extracting(ExternalBody::name)
                    .contains("Sở Thông tin và Truyền thông").doesNotContain("Đảng ủy xã");
            assertThat(reopened.catalog().bodies()).filteredOn(b -> b.name().startsWith("Sở Thông tin")).singleElement()
                    .satisfies(b -> assertThat(b.level()).isEqualTo(BodyLevel.PROVINCE));
        }
    }
}
