package vn.cchcdesk.ui.print;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.Labels;
import vn.cchcdesk.report.print.PagedDocument;
import vn.cchcdesk.report.print.Paginator;
import vn.cchcdesk.report.print.PrintDocument;
import vn.cchcdesk.report.print.TextMeasure;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Xem trước bản in: the pages as they print, one at a time, white A4 sheets on grey; Trang
 * trước / Trang sau (Page Up, Page Down), a page number to jump to, zoom (fitted to the window,
 * to its width, or a percentage), In… (the system's print dialog) and Đóng. Without a printer
 * the preview still works and says so ("Không tìm thấy máy in").
 *
 * <pre>{@code
 * PrintPreviewDialog.show(ui, owner, () -> RegisterPrint.of(books.ofYear(Direction.IN, 2026)));
 * PrintPreviewDialog.showAll(ui, owner, () -> QuarterlyPrint.of(queries.quarterly(period, today)));
 * }</pre>
 */
public final class PrintPreviewDialog {

    /** Grey around the sheet, in pixels. */
    private static final double MARGIN = 24;
    /** Blur radius of the sheet's shadow, in pixels. */
    private static final double SHADOW = 18;

    private final UiContext ui;
    private final PrintPreviewModel model;
    private final Stage stage = new Stage();
    private final ScrollPane scroll = new ScrollPane();
    private final Group holder = new Group();
    private final Scale scale = new Scale(1, 1);
    private Pane sheet;

    /**
     * Builds the document off the FX thread (its supplier may read the database), cuts it into
     * pages, and opens the preview.
     */
    public static void show(UiContext ui, Window owner, Supplier<PrintDocument> document) {
        showAll(ui, owner, () -> List.of(document.get()));
    }

    /** Several documents in one preview and one print job (Biểu 1–4), each numbered on its own. */
    public static void showAll(UiContext ui, Window owner, Supplier<List<PrintDocument>> documents) {
        ui.runner().task(p -> paginate(documents.get()))
                .title(Messages.get("print.preview.building"))
                .onSuccess(pages -> open(ui, owner, pages))
                .start();
    }

    static List<PagedDocument> paginate(List<PrintDocument> documents) {
        TextMeasure times = TextMeasure.times();
        return documents.stream().map(d -> Paginator.paginate(d, times)).toList();
    }

    /** Opens the preview of documents already cut into pages; returns its window. */
    static Stage open(UiContext ui, Window owner, List<PagedDocument> documents) {
        PrintPreviewDialog dialog = new PrintPreviewDialog(ui, owner, new PrintPreviewModel(documents));
        dialog.stage.show();
        dialog.checkPrinter();
        return dialog.stage;
    }

    private PrintPreviewDialog(UiContext ui, Window owner, PrintPreviewModel model) {
        this.ui = ui;
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("print.preview.title", model.name()));
        BorderPane root = new BorderPane();
        root.setId("printPreview");
        root.setTop(toolbar());
        root.setCenter(pageArea());
        Rectangle2D bounds = owner != null ? new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                : Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.max(800, bounds.getWidth() * 0.9), Math.max(560, bounds.getHeight() * 0.9));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        stage.setScene(scene);
        model.indexProperty().addListener(o -> showPage());
        model.zoomProperty().addListener(o -> fit());
        scroll.viewportBoundsProperty().addListener(o -> fit());
        showPage();
    }

    private Node toolbar() {
        Button first = button("printFirst", null, MaterialDesignP.PAGE_FIRST, "print.preview.first", model::first);
        Button previous = button("printPrevious", "print.preview.previous", MaterialDesignC.CHEVRON_LEFT, null, model::previous);
        Button next = button("printNext", "print.preview.next", MaterialDesignC.CHEVRON_RIGHT, null, model::next);
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        Button last = button("printLast", null, MaterialDesignP.PAGE_LAST, "print.preview.last", model::last);
        first.disableProperty().bind(model.indexProperty().isEqualTo(0));
        previous.disableProperty().bind(model.indexProperty().isEqualTo(0));
        next.disableProperty().bind(model.indexProperty().isEqualTo(model.pageCount() - 1));
        last.disableProperty().bind(model.indexProperty().isEqualTo(model.pageCount() - 1));

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
        Label pages = new Label();
        pages.setId("printPageLabel");
        pages.textProperty().bind(model.pageLabel());
        pages.setMinWidth(Region.USE_PREF_SIZE);

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

        Label noPrinter = new Label(Messages.get("print.preview.noPrinter"), new FontIcon(MaterialDesignP.PRINTER_OFF_OUTLINE));
        noPrinter.setId("printNoPrinter");
        noPrinter.getStyleClass().add(Styles.WARNING);
        noPrinter.setTooltip(new Tooltip(Messages.get("print.preview.noPrinter.tooltip")));
        noPrinter.visibleProperty().bind(model.printerFoundProperty().not());
        noPrinter.managedProperty().bind(noPrinter.visibleProperty());

        Label paper = new Label();
        paper.getStyleClass().add(Styles.TEXT_MUTED);
        paper.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get("print.preview.paper",
                Labels.of("print.orientation", model.current().setup().orientation())), model.indexProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button print = button("printPrint", "print.preview.print", MaterialDesignP.PRINTER_OUTLINE, null, this::print);
        print.getStyleClass().add(Styles.ACCENT);
        print.disableProperty().bind(model.printerFoundProperty().not().or(model.printingProperty()));
        Button close = button("printClose", "print.preview.close", null, null, stage::close);
        close.setCancelButton(true);

        // labels keep their whole text: the spacer gives way first, not "Không tìm thấy máy…"
        for (Region label : new Region[] {noPrinter, paper, print, close}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, first, previous, number, pages, next, last, new Separator(javafx.geometry.Orientation.VERTICAL), zoom,
                noPrinter, grow, paper, print, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("print-toolbar");
        return bar;
    }

    private static Button button(String id, String textKey, org.kordamp.ikonli.Ikon icon, String tooltipKey, Runnable action) {
        Button button = new Button(textKey == null ? null : Messages.get(textKey), icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (tooltipKey != null) {
            button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    private Node pageArea() {
        StackPane desk = new StackPane(holder);
        desk.setId("printDesk");
        desk.setPadding(new Insets(MARGIN));
        desk.setStyle("-fx-background-color: #8a8d91;");
        desk.setAlignment(Pos.TOP_CENTER);
        scroll.setContent(desk);
        scroll.setId("printScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        scroll.setStyle("-fx-background: #8a8d91; -fx-background-color: #8a8d91;");
        return scroll;
    }

    private void showPage() {
        PrintPreviewModel.Sheet current = model.current();
        sheet = PageNodes.render(current.page(), current.setup());
        sheet.setId("printPageView");
        sheet.setEffect(new DropShadow(SHADOW, 0, 4, Color.rgb(0, 0, 0, 0.45)));
        sheet.getTransforms().setAll(scale);
        holder.getChildren().setAll(sheet);
        fit();
        scroll.setVvalue(0);
    }

    private void fit() {
        if (sheet == null) {
            return;
        }
        PrintPreviewModel.Sheet current = model.current();
        double width = scroll.getViewportBounds().getWidth();
        double height = scroll.getViewportBounds().getHeight();
        if (width <= 0 || height <= 0) {
            width = stage.getScene() == null ? 1000 : stage.getScene().getWidth();
            height = stage.getScene() == null ? 700 : stage.getScene().getHeight() - 60;
        }
        // the shadow widens the sheet's bounds: leave room for it too, or a fitted page scrolls
        double factor = model.zoomProperty().get().pixelsPerPoint(current.setup(), width, height, MARGIN + SHADOW + 4);
        scale.setX(factor);
        scale.setY(factor);
    }

    private void keys(KeyEvent e) {
        if (e.getTarget() instanceof TextField) {
            return;
        }
        if (e.getCode() == KeyCode.PAGE_DOWN) {
            model.next();
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            model.previous();
        } else if (e.getCode() == KeyCode.HOME && e.isShortcutDown()) {
            model.first();
        } else if (e.getCode() == KeyCode.END && e.isShortcutDown()) {
            model.last();
        } else if (KeyCombination.valueOf("Shortcut+P").match(e) && model.printerFoundProperty().get()) {
            print();
        } else {
            return;
        }
        e.consume();
    }

    /** Whether a printer is installed, asked off the FX thread (the print service may be slow to answer). */
    private void checkPrinter() {
        ui.runner().task(p -> Printing.printerFound()).onSuccess(model.printerFoundProperty()::set).start();
    }

    private void print() {
        model.printingProperty().set(true);
        try {
            Printing.Result result = Printing.print(stage, model);
            switch (result.outcome()) {
                case PRINTED -> ui.say(Messages.get("print.preview.printed", result.pages(), result.printer()));
                case CANCELLED -> ui.say(Messages.get("print.preview.cancelled"));
                case NO_PRINTER -> model.printerFoundProperty().set(false);
                case FAILED -> ui.say(Messages.get("print.preview.failed"));
            }
        } finally {
            model.printingProperty().set(false);
        }
    }
}
