package vn.cchcdesk.ui.documents;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentListing;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.attachment.AttachmentStore;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.store.document.RegisterBooks;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.Dialogs;
import vn.cchcdesk.intake.DirectiveIntake;
import vn.cchcdesk.ui.common.FileDropTarget;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.documents.review.DirectiveReading;
import vn.cchcdesk.ui.documents.review.IntakeFlow;

/**
 * Văn bản: the register of incoming, outgoing and internal documents. Filters and a search box
 * above the table, the selected document with its files and citation chain beside it; Thêm văn
 * bản (Ctrl+N) and Sửa open the form; Đọc văn bản từ tệp…, or files dropped anywhere on the window,
 * read directives for review.
 */
public final class DocumentsScreen implements Screen, FileDropTarget {

    /** Outgoing documents offered as the answer to an incoming one. */
    private static final int REPLY_CANDIDATES = 300;

    private final DocumentService documents;
    private final RegisterBooks registers;
    private final CatalogService catalog;
    private final SettingsService settings;
    private final FileViewer viewer;
    private final UiContext ui;
    private final DocumentsViewModel model;
    private final IntakeFlow intake;

    public DocumentsScreen(DocumentService documents, AttachmentStore attachments, CatalogService catalog,
                           SettingsService settings, RegisterBooks registers, DirectiveIntake directives, FileViewer viewer,
                           UiContext ui) {
        this.documents = documents;
        this.registers = registers;
        this.catalog = catalog;
        this.settings = settings;
        this.viewer = viewer;
        this.ui = ui;
        this.model = new DocumentsViewModel(documents, attachments, viewer, ui);
        this.intake = new IntakeFlow(new DirectiveReading(directives, documents, catalog, settings), documents, ui,
                this::openFormFile, model::saved);
    }

    /** Every file dropped on the window is read as a directive; a file that is none says so. */
    @Override
    public boolean takesFiles(List<java.nio.file.Path> files) {
        return !files.isEmpty();
    }

    @Override
    public void filesDropped(List<java.nio.file.Path> files) {
        intake.read(files);
    }

    /** The reading of dropped and picked files, for tests. */
    public IntakeFlow intake() {
        return intake;
    }

    @Override
    public String id() {
        return "documents";
    }

    @Override
    public String titleKey() {
        return "shell.nav.documents";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignF.FILE_DOCUMENT_MULTIPLE_OUTLINE;
    }

    @Override
    public void onShow() {
        model.load();
    }

    public DocumentsViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        RegisterTable table = new RegisterTable(ui.clock());
        table.setItems(model.rows());
        table.setPlaceholder(placeholder());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> {
            if (line != null && line != model.selectedProperty().get()) {
                model.selectedProperty().set(line);
            }
        });
        model.selectedProperty().addListener((obs, old, line) -> {
            if (line == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != line) {
                table.getSelectionModel().select(line);
                table.scrollTo(line);
            }
        });
        table.setContextMenu(contextMenu(table));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.currentProperty().get() != null) {
                edit(table);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.currentProperty().get() != null) {
                edit(table);
            } else if (e.getCode() == KeyCode.DELETE) {
                delete(table);
            }
        });

        DocumentDetailPane detail = new DocumentDetailPane(model, () -> edit(table), () -> delete(table));
        // the table keeps the window's width for its columns; the chain's long lines get it too
        SplitPane split = new SplitPane(tableBox(table), detail);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.52);

        BorderPane page = new BorderPane(split);
        page.setId("documentsView");
        Node toolbar = new RegisterToolbar(model, registers, viewer, ui)
                .build(table, () -> startNew(table), () -> intake.pick(table.getScene().getWindow()));
        page.setTop(new VBox(toolbar, intake.bar()));
        page.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (page.getParent() != null) {
                        startNew(table);
                    }
                });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (page.getParent() != null) {
                        page.lookup("#documentsSearch").requestFocus();
                    }
                });
            }
        });
        return page;
    }

    /** Right-click on a line: the same actions as the detail pane's buttons. */
    private javafx.scene.control.ContextMenu contextMenu(RegisterTable table) {
        javafx.scene.control.MenuItem edit = new javafx.scene.control.MenuItem(Messages.get("documents.edit"),
                new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        edit.setOnAction(e -> edit(table));
        javafx.scene.control.MenuItem delete = new javafx.scene.control.MenuItem(Messages.get("documents.delete"),
                new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignD.DELETE_OUTLINE));
        delete.setOnAction(e -> delete(table));
        javafx.scene.control.MenuItem add = new javafx.scene.control.MenuItem(Messages.get("documents.add"),
                new FontIcon(MaterialDesignP.PLUS));
        add.setOnAction(e -> startNew(table));
        edit.disableProperty().bind(model.currentProperty().isNull());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        return new javafx.scene.control.ContextMenu(edit, delete, new javafx.scene.control.SeparatorMenuItem(), add);
    }

    private Node tableBox(RegisterTable table) {
        Label count = new Label();
        count.setId("documentsCount");
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int shown = model.rows().size();
            int total = model.totalProperty().get();
            return shown < total ? Messages.get("documents.count.limited", Formats.integer(shown), Formats.integer(total))
                    : Messages.get("documents.count", Formats.integer(total));
        }, model.rows(), model.totalProperty()));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, table, count);
        box.setPadding(new Insets(0, 12, 6, 12));
        return box;
    }

    private Node placeholder() {
        Label label = new Label();
        label.setWrapText(true);
        label.setMaxWidth(420);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.textProperty().bind(Bindings.when(model.emptyProperty())
                .then(Messages.get("documents.empty")).otherwise(Messages.get("documents.noMatch")));
        return label;
    }

    private void startNew(RegisterTable table) {
        Direction direction = model.directionProperty().get() == null ? Direction.IN : model.directionProperty().get();
        openForm(table, null, form -> form.startNew(direction));
    }

    private void edit(RegisterTable table) {
        Document document = model.currentProperty().get();
        if (document != null) {
            List<vn.cchcdesk.domain.attachment.AttachedFile> files = List.copyOf(model.files());
            openForm(table, document.id(), form -> form.edit(document, files));
        }
    }

    private void openForm(RegisterTable table, Long editedId, java.util.function.Consumer<DocumentFormViewModel> prepare) {
        ui.runner().task(p -> new DocumentFormViewModel.Context(catalog.units(), catalog.bodies(), settings.commune(),
                        documents.replyCandidates(editedId, REPLY_CANDIDATES)))
                .onSuccess(context -> {
                    DocumentFormViewModel form = new DocumentFormViewModel(documents, ui, context);
                    prepare.accept(form);
                    DocumentFormDialog dialog = new DocumentFormDialog(table.getScene().getWindow(), form,
                            this::openFormFile, saved -> model.saved(saved.id()));
                    dialog.showAndWait();
                    table.requestFocus();
                })
                .start();
    }

    /** A file already attached opens from the store; one just picked opens where the clerk has it. */
    private void openFormFile(DocumentFormViewModel.FileRow row) {
        if (row.attached() != null) {
            model.openFile(row.attached());
            return;
        }
        ui.runner().task(p -> {
            DocumentsViewModel.open(viewer, row.picked());
            return null;
        }).start();
    }

    private void delete(RegisterTable table) {
        DocumentListing line = model.selectedProperty().get();
        if (line == null) {
            return;
        }
        if (Dialogs.confirm(table.getScene().getWindow(), Messages.get("documents.confirmDelete.title"),
                Messages.get("documents.confirmDelete.text", line.ref().label()), Messages.get("documents.delete"))) {
            model.moveSelectedToTrash();
        }
    }
}
