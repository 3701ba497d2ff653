package vn.cchcdesk.ui.documents.review;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.documents.DocumentFormViewModel;

/**
 * Reading directives from files on the register screen: the files dropped or picked go into an
 * {@link IntakeQueue}; each review it offers opens in a {@link DirectiveReviewDialog}, and closing
 * that dialog moves the queue on.
 */
public final class IntakeFlow {

    private final IntakeQueue queue;
    private final UiContext ui;
    private final Consumer<DocumentFormViewModel.FileRow> open;
    private final IntakeBar bar;

    /**
     * @param open   opens a file of a review (the original, to compare)
     * @param onSaved gets each document saved, to select it in the register
     */
    public IntakeFlow(DirectiveReading reading, DocumentService documents, UiContext ui,
                      Consumer<DocumentFormViewModel.FileRow> open, LongConsumer onSaved) {
        this.queue = new IntakeQueue(reading::read, documents, ui);
        this.ui = ui;
        this.open = open;
        this.bar = new IntakeBar(queue);
        queue.reviewProperty().addListener((obs, old, review) -> {
            if (review != null) {
                show(review, onSaved);
            }
        });
    }

    private void show(DirectiveReviewViewModel review, LongConsumer onSaved) {
        DirectiveReviewDialog dialog = new DirectiveReviewDialog(ui.owner(), review, queue.position(), queue.remaining(), open,
                queue::stop, registered -> onSaved.accept(registered.document().id()));
        // closed by a save, a skip, a stop or the window's close button: the queue moves on
        dialog.setOnHidden(e -> queue.reviewed());
        dialog.show();
    }

    /** Reads these files one after another, each offered for review. */
    public void read(List<Path> files) {
        queue.submit(files);
    }

    /** "Đọc văn bản từ tệp…": the clerk picks one or more directive files. */
    public void pick(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("documents.intake.chooserTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("documents.intake.filter"), "*.docx", "*.doc", "*.pdf", "*.txt"),
                new FileChooser.ExtensionFilter(Messages.get("documents.files.filter.all"), "*.*"));
        List<File> picked = chooser.showOpenMultipleDialog(owner);
        if (picked != null) {
            read(picked.stream().map(File::toPath).toList());
        }
    }

    public IntakeQueue queue() {
        return queue;
    }

    /** The bar above the register: reading, and the files that could not be read. */
    public IntakeBar bar() {
        return bar;
    }
}
