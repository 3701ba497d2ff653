package vn.cchcdesk.ui.trash;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.history.HistoryService;
import vn.cchcdesk.store.trash.TrashService;
import vn.cchcdesk.store.trash.TrashService.TrashItem;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.history.HistoryDialog;

/** Thùng rác: deleted documents, tasks and activities, with restore and each one's history. */
public final class TrashScreen implements Screen {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TrashViewModel model;
    private final HistoryService history;
    private final UiContext ui;

    public TrashScreen(TrashService trash, HistoryService history, UiContext ui) {
        this.model = new TrashViewModel(trash, ui);
        this.history = history;
        this.ui = ui;
    }

    @Override
    public String id() {
        return "trash";
    }

    @Override
    public String titleKey() {
        return "trash.nav";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignD.DELETE_RESTORE;
    }

    @Override
    public Node view() {
        Label title = new Label(Messages.get("trash.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label explain = new Label(Messages.get("trash.explain"));
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        explain.setWrapText(true);
        TextField search = new TextField();
        search.setId("trashSearch");
        search.setPromptText(Messages.get("common.searchPrompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        TableView<TrashItem> table = new TableView<>(model.items());
        table.setId("trashTable");
        table.setPlaceholder(new Label(Messages.get("trash.empty")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().setAll(
                Columns.text("trash.col.kind", item -> kind(item.entity())),
                Columns.text("trash.col.title", TrashItem::title),
                Columns.text("trash.col.detail", TrashItem::detail),
                Columns.text("trash.col.deletedAt", item -> Formats.date(item.deletedAt().toLocalDate()) + " " + TIME.format(item.deletedAt())));
        Columns.weights(table, 1, 4, 2, 1.3);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button restore = new Button(Messages.get("trash.restore"), new FontIcon(MaterialDesignR.RESTORE));
        restore.setId("trashRestore");
        restore.getStyleClass().add(Styles.ACCENT);
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> model.restore(table.getSelectionModel().getSelectedItems()));
        Button showHistory = new Button(Messages.get("history.open"), new FontIcon(MaterialDesignH.HISTORY));
        showHistory.setId("trashHistory");
        showHistory.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        showHistory.setOnAction(e -> {
            TrashItem item = table.getSelectionModel().getSelectedItem();
            HistoryDialog.show(ui, history, item.entity(), item.id());
        });
        VBox box = new VBox(12, title, explain, new HBox(8, search, restore, showHistory), table);
        box.setPadding(new Insets(20));
        return box;
    }

    private static String kind(String entity) {
        return switch (entity) {
            case TrashService.DOCUMENT_ENTITY -> Messages.get("trash.kind.document");
            case TrashService.TASK_ENTITY -> Messages.get("trash.kind.task");
            default -> Messages.get("trash.kind.activity");
        };
    }

    @Override
    public void onShow() {
        model.load();
    }
}
