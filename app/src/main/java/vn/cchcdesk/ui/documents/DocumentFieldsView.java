package vn.cchcdesk.ui.documents;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Controls;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.common.FormGrid;

/**
 * The fields of a document laid out in two columns, the document on the left, its register entry
 * and recipients on the right; rows of one register only are shown only for it. Shared by the
 * document form and the review of a directive read from a file.
 */
public final class DocumentFieldsView {

    /** The fields in reading order, to bring the first one in error into view. */
    public static final List<String> FIELD_ORDER = List.of("direction", "type", "number", "symbol", "issueDate", "place",
            "issuer", "summary", "signerCapacity", "signerTitle", "signerName", "citations", "arrivalNumber", "arrivalDate",
            "handler", "transferredOn", "handlingDeadline", "handlingStatus", "reply", "copiesCount", "archiveHolder",
            "addressees", "copies", "notes");

    private DocumentFieldsView() {
    }

    /** Both columns side by side, each under its heading. */
    public static HBox columns(DocumentFormViewModel model, boolean withCitations) {
        FormGrid left = documentGrid(model, withCitations);
        FormGrid right = registerGrid(model);
        left.setPrefWidth(520);
        right.setPrefWidth(440);
        VBox leftColumn = new VBox(10, heading("documents.form.section.document"), left);
        VBox rightColumn = new VBox(10, heading("documents.form.section.register"), right);
        HBox.setHgrow(leftColumn, Priority.ALWAYS);
        HBox.setHgrow(rightColumn, Priority.ALWAYS);
        return new HBox(28, leftColumn, rightColumn);
    }

    private static FormGrid documentGrid(DocumentFormViewModel model, boolean withCitations) {
        DocumentFields f = model.fields();
        FormGrid grid = new FormGrid(model.errors().map());
        ComboBox<Direction> direction = grid.add("direction", "documents.field.direction",
                EnumLabels.comboBox("documents.direction", Direction.class));
        direction.valueProperty().bindBidirectional(f.directionProperty());
        ComboBox<DocumentType> type = grid.add("type", "documents.field.type", typeBox());
        type.valueProperty().bindBidirectional(f.typeProperty());
        text(grid, "number", "documents.field.number", f.numberProperty(), "documents.field.number.prompt");
        text(grid, "symbol", "documents.field.symbol", f.symbolProperty(), "documents.field.symbol.prompt");
        text(grid, "issueDate", "documents.field.issueDate", f.issueDateProperty(), "documents.field.issueDate.prompt");
        text(grid, "place", "documents.field.place", f.placeProperty(), "documents.field.place.prompt");
        ComboBox<String> issuer = grid.add("issuer", "documents.field.issuer", new ComboBox<>());
        issuer.setEditable(true);
        issuer.getItems().setAll(model.context().bodies().stream().filter(ExternalBody::active).map(ExternalBody::name).toList());
        issuer.getEditor().textProperty().bindBidirectional(f.issuerProperty());
        issuer.setPromptText(Messages.get("documents.field.issuer.prompt"));
        area(grid, "summary", "documents.field.summary", f.summaryProperty(), 3, "documents.field.summary.prompt");
        text(grid, "signerCapacity", "documents.field.signerCapacity", f.signerCapacityProperty(), "documents.field.signerCapacity.prompt");
        text(grid, "signerTitle", "documents.field.signerTitle", f.signerTitleProperty(), null);
        text(grid, "signerName", "documents.field.signerName", f.signerNameProperty(), null);
        if (withCitations) {
            area(grid, "citations", "documents.field.citations", f.citationsProperty(), 3, "documents.field.citations.prompt");
        }
        return grid;
    }

    private static FormGrid registerGrid(DocumentFormViewModel model) {
        DocumentFields f = model.fields();
        FormGrid grid = new FormGrid(model.errors().map());
        text(grid, "arrivalNumber", "documents.field.arrivalNumber", f.arrivalNumberProperty(), "documents.field.arrivalNumber.prompt");
        date(grid, "arrivalDate", "documents.field.arrivalDate", f.arrivalDateProperty());
        text(grid, "handler", "documents.field.handler", f.handlerProperty(), "documents.field.handler.prompt");
        date(grid, "transferredOn", "documents.field.transferredOn", f.transferredOnProperty());
        date(grid, "handlingDeadline", "documents.field.deadline", f.handlingDeadlineProperty());
        ComboBox<HandlingStatus> status = grid.add("handlingStatus", "documents.field.handlingStatus",
                EnumLabels.comboBox("documents.handling", HandlingStatus.class));
        status.valueProperty().bindBidirectional(f.handlingStatusProperty());
        ComboBox<DocumentRef> reply = grid.add("reply", "documents.field.reply", replyBox(model.context().replyCandidates()));
        reply.valueProperty().bindBidirectional(f.replyProperty());
        text(grid, "copiesCount", "documents.field.copiesCount", f.copiesCountProperty(), "documents.field.copiesCount.prompt");
        text(grid, "archiveHolder", "documents.field.archiveHolder", f.archiveHolderProperty(), "documents.field.archiveHolder.prompt");
        TextArea addressees = new TextArea();
        grid.add("addressees", "documents.field.addressees", addressees, unitPicker(model, "addresseesPick", addressees));
        // four lines: beside the picker the box is narrow, a directive's recipients wrap (the right column is the shorter)
        bindArea(addressees, f.addresseesProperty(), 4, "documents.field.addressees.prompt");
        TextArea copies = new TextArea();
        grid.add("copies", "documents.field.copies", copies, unitPicker(model, "copiesPick", copies));
        bindArea(copies, f.copiesProperty(), 4, "documents.field.copies.prompt");
        area(grid, "notes", "documents.field.notes", f.notesProperty(), 2, null);

        BooleanBinding incoming = f.directionProperty().isEqualTo(Direction.IN);
        BooleanBinding outgoing = f.directionProperty().isEqualTo(Direction.OUT);
        BooleanBinding handled = f.directionProperty().isNotEqualTo(Direction.OUT);
        List.of("arrivalNumber", "arrivalDate", "reply").forEach(field -> grid.showWhen(field, incoming));
        List.of("handler", "handlingDeadline", "handlingStatus").forEach(field -> grid.showWhen(field, handled));
        List.of("copiesCount", "archiveHolder").forEach(field -> grid.showWhen(field, outgoing));
        grid.showWhen("transferredOn", incoming.or(outgoing));
        return grid;
    }

    /** Shown above the form while the number, symbol, issuer and year match a registered document. */
    public static Label duplicateWarning(DocumentFormViewModel model) {
        Label warning = new Label();
        warning.setId("duplicateWarning");
        warning.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        warning.getStyleClass().add("duplicate-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("documents.duplicate.warning",
                model.possibleDuplicates().stream().map(DocumentFieldsView::describe).collect(Collectors.joining("; "))),
                model.possibleDuplicates()));
        warning.visibleProperty().bind(Bindings.isNotEmpty(model.possibleDuplicates()));
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }

    /** Asks whether to save a document the register may hold already (the duplicates of the last save). */
    public static boolean confirmDuplicate(javafx.stage.Window owner, DocumentFormViewModel model) {
        String list = model.duplicates().stream().map(d -> "• " + describe(d)).collect(Collectors.joining("\n"));
        return vn.cchcdesk.ui.common.Dialogs.confirm(owner, Messages.get("documents.duplicate.title"),
                Messages.get("documents.duplicate.text", list), Messages.get("documents.duplicate.saveAnyway"));
    }

    /** "Công văn 1478/SNV-CCHC&VTTLT · 24/03/2026 · Sở Nội vụ". */
    public static String describe(DocumentRef d) {
        return d.label() + (d.issueDate().isUnknown() ? "" : " · " + d.issueDate().format()) + (d.issuer() == null ? "" : " · " + d.issuer());
    }

    /** A scroll pane does not follow the focus: the field is brought into view, then focused. */
    public static void scrollTo(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            javafx.geometry.Bounds field = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double top = scroll.getVvalue() * (contentHeight - viewport);
            if (field.getMinY() < top || field.getMaxY() > top + viewport) {
                scroll.setVvalue(Math.max(0, Math.min(1, (field.getMinY() - 24) / (contentHeight - viewport))));
            }
        }
        node.requestFocus();
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    /** "Đơn vị ▾": appends a unit of the catalogue as a new line of the recipients. */
    private static MenuButton unitPicker(DocumentFormViewModel model, String id, TextArea target) {
        MenuButton picker = new MenuButton(Messages.get("documents.field.pickUnit"));
        picker.setId(id);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        List<Unit> units = model.context().units().stream().filter(Unit::active).toList();
        for (Unit unit : units) {
            MenuItem item = new MenuItem(unit.name());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> target.setText(RecipientLines.append(target.getText(), unit, units)));
            picker.getItems().add(item);
        }
        return picker;
    }

    private static ComboBox<DocumentType> typeBox() {
        ComboBox<DocumentType> box = new ComboBox<>();
        box.getItems().setAll(DocumentType.values());
        box.setVisibleRowCount(14);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentType type) {
                return type == null ? "" : type.fullName() + type.abbreviation().map(a -> " (" + a + ")").orElse("");
            }

            @Override
            public DocumentType fromString(String text) {
                return null;
            }
        });
        return box;
    }

    /** The outgoing documents that may answer this one; a blank line takes the answer off. */
    private static ComboBox<DocumentRef> replyBox(List<DocumentRef> candidates) {
        ComboBox<DocumentRef> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(candidates);
        box.setVisibleRowCount(12);
        box.setPromptText(Messages.get(candidates.isEmpty() ? "documents.field.reply.none" : "documents.field.reply.prompt"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentRef ref) {
                return ref == null ? "" : describe(ref);
            }

            @Override
            public DocumentRef fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private static void text(FormGrid grid, String field, String labelKey, StringProperty property, String promptKey) {
        TextField control = grid.add(field, labelKey, new TextField());
        control.textProperty().bindBidirectional(property);
        prompt(control, promptKey);
    }

    private static void date(FormGrid grid, String field, String labelKey, javafx.beans.property.ObjectProperty<java.time.LocalDate> property) {
        DatePicker picker = grid.add(field, labelKey, Controls.datePicker());
        picker.valueProperty().bindBidirectional(property);
    }

    private static void area(FormGrid grid, String field, String labelKey, StringProperty property, int rows, String promptKey) {
        bindArea(grid.add(field, labelKey, new TextArea()), property, rows, promptKey);
    }

    private static void bindArea(TextArea area, StringProperty property, int rows, String promptKey) {
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        prompt(area, promptKey);
    }

    private static void prompt(TextInputControl control, String key) {
        if (key != null) {
            control.setPromptText(Messages.get(key));
        }
    }
}
