package vn.cchcdesk.ui.documents.review;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.documents.DocumentFieldsView;

/**
 * The documents a directive cites, one line each: kind, type, number and symbol, date, issuer, all
 * correctable, under them the words as written and whether the register holds the document
 * ("đã có trong sổ: …") or will link it once it is registered.
 */
final class CitationsPane {

    private CitationsPane() {
    }

    static ScrollPane of(DirectiveReviewViewModel review) {
        GridPane grid = new GridPane();
        grid.setId("reviewCitations");
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints(),
                grow(170), grow(110), rest);
        List<String> headings = List.of("", "documents.review.citation.kind", "documents.review.citation.type",
                "documents.review.citation.number", "documents.review.citation.date", "documents.review.citation.issuer");
        for (int c = 0; c < headings.size(); c++) {
            Label heading = new Label(headings.get(c).isEmpty() ? "" : Messages.get(headings.get(c)));
            heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            grid.add(heading, c, 0);
        }
        int line = 1;
        for (int i = 0; i < review.citations().size(); i++) {
            CitationRow row = review.citations().get(i);
            CheckBox include = new CheckBox();
            include.setId("citationInclude" + i);
            include.selectedProperty().bindBidirectional(row.includedProperty());
            ComboBox<CitationKind> kind = EnumLabels.comboBox("documents.citationKind", CitationKind.class);
            kind.setId("citationKind" + i);
            kind.valueProperty().bindBidirectional(row.kindProperty());
            kind.setPrefWidth(130);
            ComboBox<DocumentType> type = typeBox(row);
            type.setId("citationType" + i);
            TextField number = field("citationNumber" + i, row.numberProperty());
            TextField date = field("citationDate" + i, row.dateProperty());
            date.setPromptText(Messages.get("documents.field.issueDate.prompt"));
            TextField issuer = field("citationIssuer" + i, row.issuerProperty());
            grid.addRow(line++, include, kind, type, number, date, issuer);

            Label written = new Label(row.written());
            written.setWrapText(true);
            written.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label cited = citedLabel(row);
            cited.setId("citationCited" + i);
            VBox below = new VBox(2, cited, written);
            below.setPadding(new Insets(0, 0, 10, 0));
            below.disableProperty().bind(row.includedProperty().not());
            List.of(kind, type, number, date, issuer).forEach(n -> n.disableProperty().bind(row.includedProperty().not()));
            grid.add(below, 1, line++, 5, 1);
        }
        Label empty = new Label(Messages.get("documents.review.citations.none"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = errorLabel(review, "citations");
        Label hint = new Label(Messages.get("documents.review.citations.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox page = new VBox(10, hint, error, review.citations().isEmpty() ? empty : grid);
        page.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static ColumnConstraints grow(double min) {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(min);
        c.setHgrow(Priority.SOMETIMES);
        return c;
    }

    /** "Đã có trong sổ: Công văn 1478/SNV-CCHC&VTTLT · 24/03/2026 · Sở Nội vụ", or that it will link later. */
    private static Label citedLabel(CitationRow row) {
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> row.citedProperty().get() == null
                        ? Messages.get("documents.review.citation.waiting")
                        : Messages.get("documents.review.citation.registered", DocumentFieldsView.describe(row.citedProperty().get())),
                row.citedProperty()));
        label.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(row.citedProperty().get() == null
                ? MaterialDesignT.TIMER_SAND : MaterialDesignL.LINK_VARIANT), row.citedProperty()));
        row.citedProperty().addListener((obs, old, cited) -> style(label, cited != null));
        style(label, row.citedProperty().get() != null);
        return label;
    }

    private static void style(Label label, boolean registered) {
        label.getStyleClass().removeAll(Styles.SUCCESS, Styles.TEXT_MUTED);
        label.getStyleClass().add(registered ? Styles.SUCCESS : Styles.TEXT_MUTED);
    }

    private static ComboBox<DocumentType> typeBox(CitationRow row) {
        ComboBox<DocumentType> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(DocumentType.values());
        box.setVisibleRowCount(12);
        String asWritten = row.typeText();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentType type) {
                return type == null ? (row.typeProperty().get() == null ? asWritten : "") : type.fullName();
            }

            @Override
            public DocumentType fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(row.typeProperty());
        box.setPrefWidth(150);
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    static Label errorLabel(DirectiveReviewViewModel review, String field) {
        Label error = new Label();
        error.setId(field + "Error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        var errors = review.form().errors().map();
        error.textProperty().bind(Bindings.createStringBinding(() -> errors.getOrDefault(field, ""), errors));
        error.visibleProperty().bind(Bindings.createBooleanBinding(() -> errors.containsKey(field), errors));
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
