package vn.cchcdesk.ui.documents.review;

import atlantafx.base.theme.Styles;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.ui.documents.DocumentFieldsView;
import vn.cchcdesk.ui.documents.DocumentFormViewModel;
import vn.cchcdesk.ui.documents.FormFilesView;

/**
 * The review of a directive read from a file, in a dialog: the file's name and place in the batch
 * above three tabs — the document (every value read shown as a suggestion, tinted until the clerk
 * changes it, the value read in its tooltip), the citations, the assignments. Vào sổ saves it all;
 * Bỏ qua leaves this file unsaved; Dừng also drops the files not yet read. Shown without blocking:
 * onClosed runs once it is closed, however.
 */
public final class DirectiveReviewDialog extends Dialog<ButtonType> {

    private static final PseudoClass SUGGESTED = PseudoClass.getPseudoClass("suggested");

    private final DirectiveReviewViewModel review;
    private final TabPane tabs = new TabPane();
    private final ScrollPane documentScroll;

    /**
     * @param remaining files waiting after this one; with any, a button stops the batch
     * @param onStop    drops the files not yet read
     */
    public DirectiveReviewDialog(Window owner, DirectiveReviewViewModel review, String position, int remaining,
                                 Consumer<DocumentFormViewModel.FileRow> open, Runnable onStop,
                                 Consumer<DocumentService.Registered> onSaved) {
        this.review = review;
        initOwner(owner);
        setResizable(true);
        setTitle(Messages.get("documents.review.title", review.fileName()));
        getDialogPane().setId("directiveReview");
        getDialogPane().getStyleClass().add("directive-review");
        DocumentFormViewModel form = review.form();

        VBox documentPage = new VBox(16, DocumentFieldsView.columns(form, false), FormFilesView.of(form, open));
        documentPage.setPadding(new Insets(12, 8, 8, 4));
        documentScroll = new ScrollPane(documentPage);
        documentScroll.setFitToWidth(true);
        Tab document = tab("reviewTabDocument", Messages.get("documents.review.tab.document"), documentScroll);
        // the other tabs are built when first opened: the review shows at once, however long the plan
        Tab citations = lazyTab("reviewTabCitations", Messages.get("documents.review.tab.citations", review.citations().size()),
                () -> CitationsPane.of(review));
        Tab assignments = lazyTab("reviewTabAssignments", Messages.get("documents.review.tab.assignments", review.assignments().size()),
                () -> AssignmentsPane.of(review));
        tabs.getTabs().setAll(document, citations, assignments);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(10, header(position, open), DocumentFieldsView.duplicateWarning(form), tabs);
        content.setPadding(new Insets(4, 6, 0, 6));
        getDialogPane().setContent(content);
        markSuggestions(documentPage, review.suggestions());

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // the assignments need the width: as wide as the screen allows, up to what they use
        double width = Math.min(1240, screen.getWidth() - 40);
        getDialogPane().setPrefSize(width, Math.min(800, screen.getHeight() - 60));
        getDialogPane().setMinWidth(width);

        ButtonType save = new ButtonType(Messages.get("documents.review.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(Messages.get("documents.review.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType stop = new ButtonType(Messages.get("documents.review.stop", remaining), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().setAll(save, skip);
        if (remaining > 0) {
            getDialogPane().getButtonTypes().add(stop);
            ((Button) getDialogPane().lookupButton(stop)).setId("reviewStop");
            getDialogPane().lookupButton(stop).addEventFilter(ActionEvent.ACTION, e -> onStop.run());
        }
        ((Button) getDialogPane().lookupButton(skip)).setId("reviewSkip");
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("reviewSave");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.setGraphic(new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        saveButton.disableProperty().bind(form.busyProperty());
        Consumer<DocumentService.Registered> saved = registered -> {
            onSaved.accept(registered);
            setResult(save);
        };
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            // the dialog stays open until the save has gone through
            e.consume();
            review.save(false, saved);
        });
        form.errors().map().addListener((MapChangeListener<String, String>) change -> {
            if (change.wasAdded()) {
                Platform.runLater(this::showFirstError);
            }
        });
        form.duplicates().addListener((ListChangeListener<Object>) change -> {
            if (!form.duplicates().isEmpty()) {
                Platform.runLater(() -> {
                    if (DocumentFieldsView.confirmDuplicate(getDialogPane().getScene().getWindow(), form)) {
                        review.save(true, saved);
                    }
                });
            }
        });
    }

    private Node header(String position, Consumer<DocumentFormViewModel.FileRow> open) {
        Label file = new Label(review.fileName());
        file.setId("reviewFile");
        file.getStyleClass().add(Styles.TITLE_4);
        Label where = new Label(position);
        where.setId("reviewPosition");
        where.getStyleClass().add(Styles.TEXT_MUTED);
        Button original = new Button(Messages.get("documents.review.openOriginal"), new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        original.setId("reviewOpenOriginal");
        original.getStyleClass().add(Styles.FLAT);
        original.setOnAction(e -> open.accept(review.form().files().get(0)));
        original.setDisable(review.form().files().isEmpty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(10, file, where, grow, original);
        line.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Messages.get("documents.review.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label suggestedSample = new Label(Messages.get("documents.review.legend"));
        suggestedSample.getStyleClass().addAll(Styles.TEXT_SMALL, "suggestion-legend");
        suggestedSample.setMinWidth(Region.USE_PREF_SIZE);
        HBox legend = new HBox(8, suggestedSample, hint);
        legend.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hint, Priority.ALWAYS);
        return new VBox(4, line, legend);
    }

    /**
     * Fields holding what was read are tinted; once the clerk changes one it is plain, and its
     * tooltip keeps the value read.
     */
    private static void markSuggestions(Node page, Map<String, String> suggestions) {
        suggestions.forEach((field, value) -> {
            Node node = page.lookup("#" + field);
            if (node instanceof ComboBox<?> box && box.isEditable()) {
                mark(box, box.getEditor().textProperty(), value);
            } else if (node instanceof ComboBox<?> box) {
                mark(box, javafx.beans.binding.Bindings.createStringBinding(
                        () -> box.getValue() instanceof Enum<?> e ? e.name() : String.valueOf(box.getValue()), box.valueProperty()), value);
            } else if (node instanceof TextInputControl text) {
                mark(text, text.textProperty(), value);
            }
        });
    }

    private static void mark(javafx.scene.control.Control control, ObservableValue<String> current, String read) {
        Runnable refresh = () -> control.pseudoClassStateChanged(SUGGESTED,
                current.getValue() != null && current.getValue().strip().equals(read.strip()));
        current.addListener((obs, old, now) -> refresh.run());
        refresh.run();
        String shown = read.length() > 300 ? read.substring(0, 300) + "…" : read;
        control.setTooltip(new Tooltip(Messages.get("documents.review.readValue", shown)));
    }

    private void showFirstError() {
        var errors = review.form().errors();
        if (errors.get("citations") != null && DocumentFieldsView.FIELD_ORDER.stream().noneMatch(f -> errors.get(f) != null)) {
            tabs.getSelectionModel().select(1);
            return;
        }
        if (errors.get("tasks") != null && DocumentFieldsView.FIELD_ORDER.stream().noneMatch(f -> errors.get(f) != null)) {
            tabs.getSelectionModel().select(2);
            return;
        }
        DocumentFieldsView.FIELD_ORDER.stream().filter(field -> errors.get(field) != null).findFirst().ifPresent(field -> {
            tabs.getSelectionModel().select(0);
            Node node = documentScroll.getContent().lookup("#" + field);
            if (node != null) {
                Platform.runLater(() -> DocumentFieldsView.scrollTo(documentScroll, node));
            }
        });
    }

    private static Tab lazyTab(String id, String title, java.util.function.Supplier<Node> content) {
        Tab tab = tab(id, title, null);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
