package vn.cchcdesk.ui.collect;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.collect.ImportService;
import vn.cchcdesk.store.collect.SubmissionService;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Thu thập số liệu: pick the period, send forms to the units, import what comes back, see who
 * has sent. The view model is kept in the root's properties under its class, so tests can hand
 * it files as a drop would.
 */
public final class CollectScreen implements Screen {

    private final CollectViewModel model;
    private final UiContext ui;

    public CollectScreen(CatalogService catalog, SettingsService settings, ImportService imports,
                         SubmissionService submissions, FileViewer viewer, UiContext ui) {
        this.ui = ui;
        this.model = new CollectViewModel(catalog, settings, imports, submissions, viewer, ui);
    }

    @Override
    public String id() {
        return "collect";
    }

    @Override
    public String titleKey() {
        return "collect.screen.title";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignT.TRAY_ARROW_DOWN;
    }

    @Override
    public Node view() {
        Label title = new Label(Messages.get("collect.screen.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<ReportingPeriod> period = new ComboBox<>(model.periods());
        period.setId("collectPeriod");
        period.valueProperty().bindBidirectional(model.periodProperty());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportingPeriod p) {
                return CollectViewModel.label(p);
            }

            @Override
            public ReportingPeriod fromString(String text) {
                return null;
            }
        });
        period.setVisibleRowCount(14);
        Label periodLabel = new Label(Messages.get("collect.screen.period"));
        periodLabel.setLabelFor(period);
        Label info = new Label();
        info.setId("collectPeriodInfo");
        info.getStyleClass().add(Styles.TEXT_MUTED);
        info.textProperty().bind(model.periodInfoProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(12, title, grow, periodLabel, period);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox infoLine = new HBox(info);
        infoLine.setAlignment(Pos.CENTER_RIGHT);

        TabPane tabs = new TabPane(
                tab("collectFormsTab", "collect.tab.forms", MaterialDesignF.FILE_EXCEL_OUTLINE, new FormsTab(model.forms(), ui)),
                tab("collectImportTab", "collect.tab.import", MaterialDesignI.IMPORT, new ImportTab(model.imports(), ui)),
                tab("collectBoardTab", "collect.tab.board", MaterialDesignC.CLIPBOARD_CHECK_MULTIPLE_OUTLINE,
                        new BoardTab(model.board(), ui)));
        tabs.setId("collectTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(1);

        BorderPane root = new BorderPane(tabs);
        root.setTop(new javafx.scene.layout.VBox(4, top, infoLine));
        BorderPane.setMargin(root.getTop(), new Insets(14, 16, 8, 16));
        root.setId("collectView");
        root.getProperties().put(CollectViewModel.class, model);
        return root;
    }

    @Override
    public void onShow() {
        model.load();
    }

    private static Tab tab(String id, String titleKey, Ikon icon, Node content) {
        Tab tab = new Tab(Messages.get(titleKey), content);
        tab.setId(id);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }
}
