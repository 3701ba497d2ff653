package vn.cchcdesk.ui.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.document.DocumentListing;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.EnumLabels;

/**
 * The register as a table with the columns a clerk expects. Text columns sort with the Vietnamese
 * collator; numbers sort as numbers (15 before 1069), dates by date, a blank day of a partial date
 * first within its month.
 */
final class RegisterTable extends TableView<DocumentListing> {

    private static final Comparator<String> TEXT = VietnameseText.order();

    RegisterTable(Clock clock) {
        setId("documentsTable");
        getStyleClass().addAll("register-table", atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        TableColumn<DocumentListing, DocumentListing> number = column("documents.col.number", l -> l, RegisterTable::numberOrder);
        number.setCellFactory(c -> text(l -> l.numberText()));
        TableColumn<DocumentListing, PartialDate> date = column("documents.col.date", l -> l.ref().issueDate(),
                Comparator.comparing((PartialDate d) -> d.earliest().orElse(LocalDate.MIN)));
        date.setCellFactory(c -> text(PartialDate::format));
        // "Tên loại và trích yếu nội dung", one column as in the register of Nghị định 30
        TableColumn<DocumentListing, DocumentListing> summary = column("documents.col.summary", l -> l,
                Comparator.comparing((DocumentListing l) -> l.ref().type().fullName(), TEXT)
                        .thenComparing(l -> l.ref().summary(), TEXT));
        summary.setCellFactory(c -> summaryCell());
        TableColumn<DocumentListing, String> issuer = Columns.text("documents.col.issuer", l -> l.ref().issuer());
        issuer.setCellFactory(c -> withTooltip());
        TableColumn<DocumentListing, DocumentListing> arrival = column("documents.col.arrival", l -> l,
                Comparator.comparing(DocumentListing::arrivalDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DocumentListing::arrivalNumber, Comparator.nullsLast(Comparator.naturalOrder())));
        arrival.setCellFactory(c -> text(l -> l.arrivalNumber() == null ? ""
                : Messages.get("documents.arrivalCell", l.arrivalNumber(), Formats.date(l.arrivalDate()))));
        TableColumn<DocumentListing, DocumentListing> deadline = column("documents.col.deadline", l -> l,
                Comparator.comparing(DocumentListing::handlingDeadline, Comparator.nullsLast(Comparator.naturalOrder())));
        deadline.setCellFactory(c -> deadlineCell(clock));
        TableColumn<DocumentListing, Integer> tasks = column("documents.col.tasks", DocumentListing::taskCount, Comparator.naturalOrder());
        tasks.setCellFactory(c -> text(n -> n == 0 ? "" : Formats.integer(n)));
        tasks.getStyleClass().add("numeric-column");
        headerTooltip(tasks, "documents.col.tasks.tooltip");
        TableColumn<DocumentListing, Integer> files = column("documents.col.files", DocumentListing::attachmentCount, Comparator.naturalOrder());
        files.setCellFactory(c -> fileCell());
        headerTooltip(files, "documents.col.files.tooltip");
        ((Label) files.getGraphic()).setText(null);
        ((Label) files.getGraphic()).setGraphic(new FontIcon(MaterialDesignP.PAPERCLIP));
        getColumns().setAll(java.util.List.of(number, date, summary, issuer, arrival, deadline, tasks, files));
        Columns.weights(this, 1.5, 0.95, 4.4, 2.1, 1.2, 0.95, 0.55, 0.45);
        // dates and numbers are never cut: the summary gives way
        number.setMinWidth(196);
        date.setMinWidth(102);
        arrival.setMinWidth(136);
        deadline.setMinWidth(106);
        tasks.setMinWidth(56);
        files.setMinWidth(44);
        summary.setMinWidth(220);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DocumentListing item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("direction-in", "direction-out", "direction-internal");
                if (!empty && item != null) {
                    getStyleClass().add("direction-" + item.ref().direction().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
    }

    /** By the number's value, then the symbol: 15/QĐ-BNV before 1069/UBND-VHTT; drafts without a number last. */
    private static int numberOrder(DocumentListing a, DocumentListing b) {
        Comparator<DocumentNumber> byNumber = Comparator
                .comparing((DocumentNumber n) -> n.numberValue().orElse(Integer.MAX_VALUE))
                .thenComparing(DocumentNumber::symbol, TEXT);
        return Comparator.comparing((DocumentListing l) -> l.ref().number(), Comparator.nullsLast(byNumber)).compare(a, b);
    }

    private static <V> TableColumn<DocumentListing, V> column(String titleKey, Function<DocumentListing, V> value,
                                                             Comparator<V> order) {
        TableColumn<DocumentListing, V> column = new TableColumn<>(Messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsLast(order));
        return column;
    }

    private static <V> TableCell<DocumentListing, V> text(Function<V, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    private static void headerTooltip(TableColumn<?, ?> column, String key) {
        Label header = new Label(column.getText());
        header.setMinWidth(Label.USE_PREF_SIZE);
        header.setTooltip(new Tooltip(Messages.get(key)));
        column.setText(null);
        column.setGraphic(header);
    }

    /** The type in small capitals before the summary, the whole summary in the tooltip. */
    private static TableCell<DocumentListing, DocumentListing> summaryCell() {
        return new TableCell<>() {
            private final Label type = new Label();
            private final Label text = new Label();
            private final javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, type, text);

            {
                type.getStyleClass().add("type-chip");
                type.setMinWidth(Label.USE_PREF_SIZE);
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(DocumentListing item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                type.setText(item.ref().type().fullName());
                text.setText(item.ref().summary());
                setGraphic(box);
                setTooltip(wrapped(item.ref().type().fullName() + ": " + item.ref().summary()));
            }
        };
    }

    /** A long issuer is cut to the column; the tooltip shows it whole. */
    private static TableCell<DocumentListing, String> withTooltip() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : wrapped(item));
            }
        };
    }

    private static Tooltip wrapped(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        return tooltip;
    }

    /** The deadline in red once passed while the document is not handled yet. */
    private static TableCell<DocumentListing, DocumentListing> deadlineCell(Clock clock) {
        return new TableCell<>() {
            @Override
            protected void updateItem(DocumentListing item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (empty || item == null || item.handlingDeadline() == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(Formats.date(item.handlingDeadline()));
                setTooltip(new Tooltip(EnumLabels.label("documents.handling", item.handlingStatus())));
                if (item.overdue(LocalDate.now(clock))) {
                    getStyleClass().add("overdue");
                }
            }
        };
    }

    private static TableCell<DocumentListing, Integer> fileCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Integer count, boolean empty) {
                super.updateItem(count, empty);
                if (empty || count == null || count == 0) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label label = new Label(count > 1 ? String.valueOf(count) : "", new FontIcon(MaterialDesignP.PAPERCLIP));
                label.getStyleClass().add("file-count");
                setGraphic(label);
                setText(null);
            }
        };
    }
}
