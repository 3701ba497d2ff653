package vn.cchcdesk.ui.documents;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.Recipient;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.EnumLabels;

/**
 * The selected document beside the register: what it is, its register entry, its files (opened with
 * the system's viewer) and its citation chain, with Sửa and Xóa.
 */
final class DocumentDetailPane extends StackPane {

    private final Label direction = new Label();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final GridPane facts = new GridPane();
    private final ChainTree chain;

    DocumentDetailPane(DocumentsViewModel model, Runnable edit, Runnable delete) {
        setId("documentDetail");
        getStyleClass().add("document-detail");
        Label empty = new Label(Messages.get("documents.detail.none"), new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        empty.getStyleClass().addAll(Styles.TEXT_MUTED);
        empty.setWrapText(true);

        direction.getStyleClass().add("direction-badge");
        title.setId("detailTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        summary.setId("detailSummary");
        summary.getStyleClass().add("detail-summary");
        summary.setWrapText(true);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(labels, values);
        facts.setHgap(12);
        facts.setVgap(4);
        facts.getStyleClass().add("detail-facts");

        Button editButton = new Button(Messages.get("documents.edit"), new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        editButton.setId("documentEdit");
        editButton.setOnAction(e -> edit.run());
        Button deleteButton = new Button(Messages.get("documents.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        deleteButton.setId("documentDelete");
        deleteButton.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        deleteButton.setOnAction(e -> delete.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(10, direction, title, grow, editButton, deleteButton);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.SOMETIMES);

        chain = new ChainTree(model::open);
        Label chainHeading = heading(Messages.get("documents.detail.chain"));
        Label chainHint = new Label(Messages.get("documents.chain.hint"));
        chainHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        chainHint.setWrapText(true);
        VBox.setVgrow(chain, Priority.ALWAYS);
        VBox chainBox = new VBox(6, chainHeading, chain, chainHint);
        HBox.setHgrow(chainBox, Priority.ALWAYS);

        Label filesHeading = heading("");
        filesHeading.setId("filesHeading");
        filesHeading.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("documents.detail.files", model.files().size()), model.files()));
        VBox factsBox = new VBox(10, facts, filesHeading, filesView(model));
        factsBox.setPadding(new Insets(0, 4, 0, 0));
        ScrollPane factsScroll = new ScrollPane(factsBox);
        factsScroll.setFitToWidth(true);
        factsScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        factsScroll.setPrefWidth(420);
        factsScroll.setMinWidth(320);
        HBox body = new HBox(20, factsScroll, chainBox);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox content = new VBox(8, header, summary, body);
        content.setPadding(new Insets(12, 16, 12, 16));
        content.visibleProperty().bind(model.currentProperty().isNotNull());
        empty.visibleProperty().bind(model.currentProperty().isNull());
        StackPane.setAlignment(empty, Pos.CENTER);
        getChildren().addAll(empty, content);

        model.currentProperty().addListener((obs, old, document) -> show(document));
        model.chainProperty().addListener((obs, old, c) -> chain.show(c));
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("detail-heading");
        return label;
    }

    private static VBox filesView(DocumentsViewModel model) {
        ListView<AttachedFile> list = new ListView<>(model.files());
        list.setId("detailFiles");
        list.setPlaceholder(new Label(Messages.get("documents.files.none")));
        // a few lines: the list grows with its files, up to where a scroll bar is kinder
        list.setFixedCellSize(30);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 34.0 + 30.0 * Math.max(1, Math.min(4, model.files().size())), model.files()));
        list.setCellFactory(l -> new FileCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.openFile(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.openFile(list.getSelectionModel().getSelectedItem());
            }
        });
        Button open = new Button(Messages.get("documents.files.open"), new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        open.setId("detailOpenFile");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.openFile(list.getSelectionModel().getSelectedItem()));
        open.visibleProperty().bind(Bindings.isNotEmpty(model.files()));
        open.managedProperty().bind(open.visibleProperty());
        VBox box = new VBox(6, list, open);
        return box;
    }

    private void show(Document d) {
        facts.getChildren().clear();
        if (d == null) {
            return;
        }
        direction.setText(EnumLabels.label("documents.direction", d.direction()));
        direction.getStyleClass().removeAll("direction-in", "direction-out", "direction-internal");
        direction.getStyleClass().add("direction-" + d.direction().name().toLowerCase(java.util.Locale.ROOT));
        title.setText(d.ref().label());
        summary.setText(d.summary());
        int row = 0;
        row = fact(row, "documents.field.issueDate", d.issueDate().format());
        row = fact(row, "documents.field.issuer", d.issuerText());
        row = fact(row, "documents.field.signer", signer(d));
        RegisterEntry entry = d.register();
        if (d.direction() == Direction.IN) {
            row = fact(row, "documents.field.arrival", entry.arrivalNumber() == null ? null
                    : Messages.get("documents.arrivalCell", entry.arrivalNumber(), Formats.date(entry.arrivalDate())));
            row = fact(row, "documents.field.handler", entry.handler());
        }
        row = fact(row, "documents.field.deadline", entry.handlingDeadline() == null ? null
                : Formats.date(entry.handlingDeadline()) + " · " + EnumLabels.label("documents.handling", entry.handlingStatus()));
        row = fact(row, "documents.field.addressees", recipients(d.recipients(RecipientKind.ADDRESSEE)));
        row = fact(row, "documents.field.copies", recipients(d.recipients(RecipientKind.COPY)));
        fact(row, "documents.field.notes", d.notes());
    }

    private int fact(int row, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().addAll(Styles.TEXT_MUTED, "fact-label");
        Label text = new Label(value);
        text.setWrapText(true);
        facts.add(label, 0, row);
        facts.add(text, 1, row);
        GridPane.setValignment(label, VPos.TOP);
        return row + 1;
    }

    private static String signer(Document d) {
        return java.util.stream.Stream.of(d.signer().capacity(), d.signer().title(), d.signer().name())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" · "));
    }

    private static String recipients(List<Recipient> list) {
        return list.stream().map(Recipient::text).collect(Collectors.joining("; "));
    }

    private static final class FileCell extends ListCell<AttachedFile> {

        @Override
        protected void updateItem(AttachedFile file, boolean empty) {
            super.updateItem(file, empty);
            if (empty || file == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(file.name() + "   " + Messages.get("documents.files.size", FileIcons.size(file.sizeBytes())));
            setGraphic(new FontIcon(FileIcons.of(file.extension())));
        }
    }
}
