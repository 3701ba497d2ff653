package vn.cchcdesk.ui.activities;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.activity.ActivityEvidence;
import vn.cchcdesk.store.activity.ActivityService;
import vn.cchcdesk.store.attachment.AttachmentStore;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.history.HistoryService;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.history.HistoryDialog;

/**
 * Hoạt động tuyên truyền: the log of publicity activities (list, filters, totals by form), the
 * entry form beside it, and the website's monthly visits.
 */
public final class ActivitiesScreen implements Screen {

    private static final double ENTRY_WIDTH = 400;

    private final ActivitiesViewModel list;
    private final ActivityEntryViewModel entry;
    private final WebsiteViewModel website;
    private final HistoryService history;
    private final FileViewer viewer;
    private final UiContext ui;
    private ActivityListView listView;
    private ActivityEntryView entryView;
    /** Set while the screen selects a line itself (after a save): the form keeps what it shows. */
    private boolean selectingQuietly;
    /** The log and website tabs, once the view is built: a link from elsewhere opens the log. */
    private TabPane tabs;

    public ActivitiesScreen(ActivityService activities, AttachmentStore attachments, CatalogService catalog,
                            SettingsService settings, HistoryService history, FileViewer viewer, UiContext ui) {
        this.list = new ActivitiesViewModel(activities, catalog, settings, ui);
        this.entry = new ActivityEntryViewModel(activities, new ActivityEvidence(activities, attachments), list, ui);
        this.website = new WebsiteViewModel(activities, ui);
        this.history = history;
        this.viewer = viewer;
        this.ui = ui;
        entry.setOnSaved(saved -> list.refresh(() -> select(saved.id())));
        list.trash().setOnDeleted(ids -> {
            if (entry.editingProperty().get() != null && ids.contains(entry.editingProperty().get().id())) {
                entry.startNew();
            }
        });
    }

    @Override
    public String id() {
        return "activities";
    }

    @Override
    public String titleKey() {
        return "shell.nav.activities";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignB.BULLHORN_OUTLINE;
    }

    @Override
    public Node view() {
        entryView = new ActivityEntryView(entry, viewer);
        listView = new ActivityListView(list, entryView::startNew, this::showHistory);
        listView.table().getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            // only the clerk's own choice in the table opens a line: a list read again after a save must
            // not swap the form's content while the next activity is typed
            if (now != null && !selectingQuietly && listView.table().isFocused()
                    && listView.table().getSelectionModel().getSelectedItems().size() == 1) {
                entry.edit(now.id());
            }
        });
        SplitPane split = new SplitPane(listView, entryView.scrolling());
        // the form keeps its width (about 440 px) and the list takes the rest
        split.widthProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0 && was.doubleValue() == 0) {
                split.setDividerPositions(Math.max(0.45, 1 - ENTRY_WIDTH / now.doubleValue()));
            }
        });
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        javafx.scene.layout.FlowPane totals = listView.totals();
        BorderPane.setMargin(totals, new Insets(8, 0, 0, 0));
        BorderPane logPane = new BorderPane(split);
        logPane.setBottom(totals);
        logPane.setPadding(new Insets(8, 0, 0, 0));
        Tab log = new Tab(Messages.get("activities.tab.log"), logPane);
        Tab web = new Tab(Messages.get("activities.tab.website"), new WebsiteView(website));
        web.setOnSelectionChanged(e -> {
            if (web.isSelected()) {
                website.load();
            }
        });
        TabPane tabs = new TabPane(log, web);
        tabs.setId("activityTabs");
        this.tabs = tabs;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Label title = new Label(Messages.get("shell.nav.activities"));
        title.getStyleClass().add(Styles.TITLE_3);
        FilterBar filters = new FilterBar(list);
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox header = new javafx.scene.layout.HBox(10, title, grow, filters.searchBox(), filters.clearButton());
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // the filters belong to the log; the website tab has its own year
        var onLog = tabs.getSelectionModel().selectedIndexProperty().isEqualTo(0);
        for (Node n : List.of(filters, filters.searchBox(), filters.clearButton())) {
            n.visibleProperty().bind(onLog);
            n.managedProperty().bind(onLog);
        }
        VBox top = new VBox(10, header, filters);
        top.setPadding(new Insets(16, 16, 6, 16));
        BorderPane root = new BorderPane(tabs);
        BorderPane.setMargin(tabs, new Insets(0, 16, 10, 16));
        root.setTop(top);
        root.setId("activitiesView");
        // Ctrl+F: to the search; Enter in the list: to the form of the line chosen
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.F) {
                filters.searchBox().getChildren().get(1).requestFocus();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ENTER && listView.table().isFocused()) {
                entryView.focusFirst();
                e.consume();
            }
        });
        root.getStyleClass().add("activities-view");
        return root;
    }

    @Override
    public void onShow() {
        list.load();
        website.load();
    }

    private void select(long id) {
        if (listView == null) {
            return;
        }
        var table = listView.table();
        table.getItems().stream().filter(l -> l.id() == id).findFirst().ifPresent(line -> {
            selectingQuietly = true;
            try {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(line);
                table.scrollTo(line);
            } finally {
                selectingQuietly = false;
            }
        });
    }

    private void showHistory() {
        var selected = listView.table().getSelectionModel().getSelectedItem();
        if (selected != null) {
            HistoryDialog.show(ui, history, "activity", selected.id());
        }
    }

    /**
     * Sets the log's filters to a date range and a form group (the start screen's month bars link
     * here); the caller then navigates to the screen, whose showing reads the list so filtered.
     */
    public void reveal(java.time.LocalDate from, java.time.LocalDate to, vn.cchcdesk.domain.catalog.FormGroup group) {
        list.clearFilters();
        list.fromProperty().set(from);
        list.toProperty().set(to);
        list.groupProperty().set(group);
        if (tabs != null) {
            tabs.getSelectionModel().select(0);
        }
    }
}
