package vn.cchcdesk.ui.print;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.print.PagedDocument;
import vn.cchcdesk.report.print.Paginator;
import vn.cchcdesk.report.print.PrintDocument;
import vn.cchcdesk.report.print.TextMeasure;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Xem trước bản in: the pages as they print, one at a time, white A4 sheets on grey; Trang
 * trước / Trang sau (Page Up, Page Down), a page number to jump to, zoom (fitted to the window,
 * to its width, or a percentage), In… (the system's print dialog, then the pages sent in the
 * background: {@link SendingBar}) and Đóng. Without a printer the preview still works and says so
 * ("Không tìm thấy máy in").
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
    private final Printers printers;
    private final SendingBar sending;
    private final Stage stage = new Stage();
    private final ScrollPane scroll = new ScrollPane();
    private final Group holder = new Group();
    private final Scale scale = new Scale(1, 1);
    private Pane sheet;

    /**
     * Builds the document off the FX thread (its supplier may read the database), cuts it into
     * pages, and opens the preview. Does nothing while a preview for {@code owner} is being
     * prepared or shown (a double click on In…).
     */
    public static void show(UiContext ui, Window owner, Supplier<PrintDocument> document) {
        showAll(ui, owner, () -> List.of(document.get()));
    }

    /** Several documents in one preview and one print job (Biểu 1–4), each numbered on its own. */
    public static void showAll(UiContext ui, Window owner, Supplier<List<PrintDocument>> documents) {
        if (!OnePreview.claim(owner)) {
            return;
        }
        ui.runner().task(p -> paginate(documents.get()))
                .title(Messages.get("print.preview.building"))
                .onSuccess(pages -> OnePreview.shown(owner, open(ui, owner, pages)))
                .onFinished(() -> OnePreview.unlessShown(owner))
                .start();
    }

    static List<PagedDocument> paginate(List<PrintDocument> documents) {
        TextMeasure times = TextMeasure.times();
        return documents.stream().map(d -> Paginator.paginate(d, times)).toList();
    }

    /** Opens the preview of documents already cut into pages; returns its window. */
    static Stage open(UiContext ui, Window owner, List<PagedDocument> documents) {
        return open(ui, owner, documents, Printing.SYSTEM);
    }

    /** The same, printing on {@code printers} (a stand-in for the computer's, in tests). */
    static Stage open(UiContext ui, Window owner, List<PagedDocument> documents, Printers printers) {
        PrintPreviewDialog dialog = new PrintPreviewDialog(ui, owner, new PrintPreviewModel(documents), printers);
        dialog.stage.show();
        dialog.checkPrinter();
        return dialog.stage;
    }

    private PrintPreviewDialog(UiContext ui, Window owner, PrintPreviewModel model, Printers printers) {
        this.ui = ui;
        this.model = model;
        this.printers = printers;
        this.sending = new SendingBar(ui, model, printers);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("print.preview.title", model.name()));
        BorderPane root = new BorderPane();
        root.setId("printPreview");
        root.setTop(new VBox(PreviewToolbar.of(model, this::print, stage::close), sending.node()));
        root.setCenter(pageArea());
        Rectangle2D bounds = owner != null ? new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                : Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.max(800, bounds.getWidth() * 0.9), Math.max(560, bounds.getHeight() * 0.9));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        stage.setScene(scene);
        // the buttons are disabled while pages go to the printer; the window's close button too
        stage.setOnCloseRequest(e -> {
            if (model.printingProperty().get()) {
                e.consume();
            }
        });
        model.indexProperty().addListener(o -> showPage());
        model.zoomProperty().addListener(o -> fit());
        scroll.viewportBoundsProperty().addListener(o -> fit());
        showPage();
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
        if (e.getTarget() instanceof TextField || model.printingProperty().get()) {
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
        ui.runner().task(p -> printers.found()).onSuccess(model.printerFoundProperty()::set).start();
    }

    private void print() {
        sending.print(stage);
    }
}
