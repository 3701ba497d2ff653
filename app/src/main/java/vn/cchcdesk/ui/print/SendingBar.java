package vn.cchcdesk.ui.print;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.TaskHandle;
import vn.cchcdesk.ui.common.UiContext;

/**
 * In… of the preview: the system's print dialog on the FX thread, then the pages sent in the
 * background ({@link PageSending}) while a strip under the toolbar says "Đang in trang 3/40…"
 * with its progress and Dừng in. The model's printing flag is up from the dialog to the end of
 * the sending: the preview's buttons are disabled meanwhile.
 */
final class SendingBar {

    private final UiContext ui;
    private final PrintPreviewModel model;
    private final Printers printers;
    private final ObjectProperty<TaskHandle> running = new SimpleObjectProperty<>();
    private final HBox strip;
    /** What came of the last print, in the preview itself: the status bar that also says it is behind the preview. */
    private final Label outcome = new Label();
    private final javafx.scene.layout.VBox node;

    SendingBar(UiContext ui, PrintPreviewModel model, Printers printers) {
        this.ui = ui;
        this.model = model;
        this.printers = printers;
        ProgressBar bar = new ProgressBar();
        bar.setId("printSendingProgress");
        bar.setPrefWidth(260);
        Label what = new Label();
        what.setId("printSendingText");
        Button stop = new Button(Messages.get("print.preview.stop"), new FontIcon(MaterialDesignS.STOP_CIRCLE_OUTLINE));
        stop.setId("printStop");
        stop.setTooltip(new Tooltip(Messages.get("print.preview.stop.tooltip")));
        strip = new HBox(10, bar, what, stop);
        strip.setId("printSending");
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(6, 12, 6, 12));
        strip.getStyleClass().add("print-sending");
        strip.visibleProperty().bind(running.isNotNull());
        strip.managedProperty().bind(strip.visibleProperty());
        outcome.setId("printOutcome");
        outcome.setPadding(new Insets(6, 12, 6, 12));
        outcome.visibleProperty().bind(outcome.textProperty().isNotEmpty().and(running.isNull()));
        outcome.managedProperty().bind(outcome.visibleProperty());
        node = new javafx.scene.layout.VBox(strip, outcome);
        running.addListener((obs, old, task) -> {
            bar.progressProperty().unbind();
            what.textProperty().unbind();
            if (task != null) {
                bar.progressProperty().bind(task.progressProperty());
                // before the first page's message: the task's title ("Đang in …")
                what.textProperty().bind(Bindings.createStringBinding(
                        () -> task.messageProperty().get().isEmpty() ? task.title() : task.messageProperty().get(), task.messageProperty()));
                stop.setOnAction(e -> task.cancel());
            }
        });
    }

    Node node() {
        return node;
    }

    /** Asks the printer and pages, then sends them in the background; does nothing while a print is under way. */
    void print(Window owner) {
        if (model.printingProperty().get()) {
            return;
        }
        model.printingProperty().set(true);
        outcome.setText("");
        Printers.Choice choice;
        try {
            choice = printers.choose(owner, model.name(), model.pageCount());
        } catch (RuntimeException e) {
            model.printingProperty().set(false);
            throw e;
        }
        if (choice.job() == null) {
            model.printingProperty().set(false);
            tell(new PageSending.Result(choice.otherwise(), 0, ""));
            return;
        }
        PrintJob job = choice.job();
        List<PrintPreviewModel.Sheet> sheets = PageSending.chosen(job.pageRanges(), model);
        boolean[] over = {false};
        TaskHandle handle = ui.runner().task(p -> PageSending.send(job, sheets, p))
                .title(Messages.get("print.preview.sending.title", model.name()))
                .cancellable()
                .onSuccess(this::tell)
                .onCancelled(() -> say(Messages.get("print.preview.cancelled"), Styles.TEXT_MUTED))
                // the runner has logged it; the person is told in words, not with a stack trace
                .onFailure(error -> say(Messages.get("print.preview.failed"), Styles.DANGER))
                .onFinished(() -> {
                    over[0] = true;
                    running.set(null);
                    model.printingProperty().set(false);
                })
                .start();
        // a synchronous runner has finished already: no strip then
        if (!over[0]) {
            running.set(handle);
        }
    }

    private void tell(PageSending.Result result) {
        switch (result.outcome()) {
            case PRINTED -> say(Messages.get("print.preview.printed", result.pages(), result.printer()), Styles.SUCCESS);
            case CANCELLED -> say(Messages.get("print.preview.cancelled"), Styles.TEXT_MUTED);
            case NO_PRINTER -> model.printerFoundProperty().set(false);
            case FAILED -> say(Messages.get("print.preview.failed"), Styles.DANGER);
        }
    }

    /** Says it in the status bar and in the preview, coloured by how it went. */
    private void say(String message, String style) {
        ui.say(message);
        outcome.setText(message);
        outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
        outcome.getStyleClass().add(style);
    }
}
