package vn.cchcdesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.UiContext;

/** Tổng quan, the start screen: today's date and a column of sections, each refreshed whenever the screen is shown. */
public final class DashboardScreen implements Screen {

    private final UiContext ui;
    private final List<DashboardSection> sections;
    private final Label today = new Label();

    public DashboardScreen(UiContext ui, List<DashboardSection> sections) {
        this.ui = ui;
        this.sections = List.copyOf(sections);
    }

    @Override
    public String id() {
        return "dashboard";
    }

    @Override
    public String titleKey() {
        return "shell.nav.dashboard";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignV.VIEW_DASHBOARD_OUTLINE;
    }

    @Override
    public Node view() {
        Label title = new Label(Messages.get("shell.nav.dashboard"));
        title.getStyleClass().add(Styles.TITLE_3);
        today.setId("dashboardToday");
        today.getStyleClass().add(Styles.TEXT_MUTED);
        Button refresh = new Button(Messages.get("dashboard.refresh"), new FontIcon(MaterialDesignR.REFRESH));
        refresh.setId("dashboardRefresh");
        refresh.getStyleClass().add(Styles.FLAT);
        refresh.setOnAction(e -> onShow());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(12, title, today, grow, refresh);
        header.setAlignment(Pos.BASELINE_LEFT);

        VBox body = new VBox(18, header);
        sections.forEach(s -> body.getChildren().add(s.view()));
        body.setPadding(new Insets(20, 24, 24, 24));
        body.setId("dashboardView");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dashboard");
        return scroll;
    }

    @Override
    public void onShow() {
        LocalDate date = LocalDate.now(ui.clock());
        today.setText(Messages.get("dashboard.today", EnumLabels.label("tasks.dayOfWeek", date.getDayOfWeek()), Formats.date(date)));
        sections.forEach(DashboardSection::refresh);
    }
}
