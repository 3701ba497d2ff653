package vn.cchcdesk.ui.print;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.Labels;

/**
 * The preview's toolbar: Trang đầu / trước / sau / cuối, the page number to jump to, zoom, "Không
 * tìm thấy máy in", the paper, In… and Đóng. Disabled as a whole while pages go to the printer.
 */
final class PreviewToolbar {

    private PreviewToolbar() {
    }

    static HBox of(PrintPreviewModel model, Runnable print, Runnable close) {
        Button first = button("printFirst", null, MaterialDesignP.PAGE_FIRST, "print.preview.first", model::first);
        Button previous = button("printPrevious", "print.preview.previous", MaterialDesignC.CHEVRON_LEFT, null, model::previous);
        Button next = button("printNext", "print.preview.next", MaterialDesignC.CHEVRON_RIGHT, null, model::next);
        next.setContentDisplay(ContentDisplay.RIGHT);
        Button last = button("printLast", null, MaterialDesignP.PAGE_LAST, "print.preview.last", model::last);
        first.disableProperty().bind(model.indexProperty().isEqualTo(0));
        previous.disableProperty().bind(model.indexProperty().isEqualTo(0));
        next.disableProperty().bind(model.indexProperty().isEqualTo(model.pageCount() - 1));
        last.disableProperty().bind(model.indexProperty().isEqualTo(model.pageCount() - 1));

        Label noPrinter = new Label(Messages.get("print.preview.noPrinter"), new FontIcon(MaterialDesignP.PRINTER_OFF_OUTLINE));
        noPrinter.setId("printNoPrinter");
        noPrinter.getStyleClass().add(Styles.WARNING);
        noPrinter.setTooltip(new Tooltip(Messages.get("print.preview.noPrinter.tooltip")));
        noPrinter.visibleProperty().bind(model.printerFoundProperty().not());
        noPrinter.managedProperty().bind(noPrinter.visibleProperty());

        Label paper = new Label();
        paper.getStyleClass().add(Styles.TEXT_MUTED);
        paper.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("print.preview.paper",
                Labels.of("print.orientation", model.current().setup().orientation())), model.indexProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button printButton = button("printPrint", "print.preview.print", MaterialDesignP.PRINTER_OUTLINE, null, print);
        printButton.getStyleClass().add(Styles.ACCENT);
        printButton.disableProperty().bind(model.printerFoundProperty().not().or(model.printingProperty()));
        Button closeButton = button("printClose", "print.preview.close", null, null, close);
        closeButton.setCancelButton(true);

        // labels keep their whole text: the spacer gives way first, not "Không tìm thấy máy…"
        for (Region label : new Region[] {noPrinter, paper, printButton, closeButton}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, first, previous, pageField(model), pageLabel(model), next, last, new Separator(Orientation.VERTICAL),
                zoom(model), noPrinter, grow, paper, printButton, closeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("print-toolbar");
        bar.disableProperty().bind(model.printingProperty());
        return bar;
    }

    private static TextField pageField(PrintPreviewModel model) {
        TextField number = new TextField();
        number.setId("printPageField");
        number.setPrefColumnCount(3);
        number.setTooltip(new Tooltip(Messages.get("print.preview.pageField")));
        number.setText("1");
        model.indexProperty().addListener((obs, old, i) -> number.setText(String.valueOf(i.intValue() + 1)));
        number.setOnAction(e -> {
            try {
                model.goTo(Integer.parseInt(number.getText().trim()));
            } catch (NumberFormatException bad) {
                // not a number: back to the page shown
            }
            number.setText(String.valueOf(model.indexProperty().get() + 1));
        });
        return number;
    }

    private static Label pageLabel(PrintPreviewModel model) {
        Label pages = new Label();
        pages.setId("printPageLabel");
        pages.textProperty().bind(model.pageLabel());
        pages.setMinWidth(Region.USE_PREF_SIZE);
        return pages;
    }

    private static ComboBox<PrintPreviewModel.Zoom> zoom(PrintPreviewModel model) {
        ComboBox<PrintPreviewModel.Zoom> zoom = new ComboBox<>();
        zoom.setId("printZoom");
        zoom.getItems().setAll(PrintPreviewModel.Zoom.choices());
        zoom.setConverter(new StringConverter<>() {
            @Override
            public String toString(PrintPreviewModel.Zoom z) {
                return z == null ? "" : z.label();
            }

            @Override
            public PrintPreviewModel.Zoom fromString(String text) {
                return null;
            }
        });
        zoom.valueProperty().bindBidirectional(model.zoomProperty());
        zoom.setTooltip(new Tooltip(Messages.get("print.preview.zoom")));
        return zoom;
    }

    private static Button button(String id, String textKey, Ikon icon, String tooltipKey, Runnable action) {
        Button button = new Button(textKey == null ? null : Messages.get(textKey), icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (tooltipKey != null) {
            button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        }
        button.setOnAction(e -> action.run());
        return button;
    }
}
