package vn.cchcdesk.ui.documents.review;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.ui.common.ErrorMessages;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Files dropped or picked to be read as directives, reviewed one after another: each is read off
 * the FX thread (the screen shows it is being read), then offered for review; once the clerk has
 * saved or skipped it, the next is read. A file that cannot be read is listed with its message and
 * changes nothing; the others go on.
 */
public final class IntakeQueue {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IntakeQueue.class);

    /** A file that could not be read, with the clerk's message naming it. */
    public record Problem(Path file, String message) {
    }

    private final Function<Path, DirectiveReading.Read> reader;
    private final DocumentService documents;
    private final UiContext ui;
    private final Deque<Path> waiting = new ArrayDeque<>();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<DirectiveReviewViewModel> review = new SimpleObjectProperty<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private int batchSize;
    private int batchDone;
    private int saved;

    public IntakeQueue(Function<Path, DirectiveReading.Read> reader, DocumentService documents, UiContext ui) {
        this.reader = reader;
        this.documents = documents;
        this.ui = ui;
    }

    /** Adds files to read; starts reading when nothing is being read or reviewed. */
    public void submit(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        boolean idle = isIdle();
        if (idle) {
            problems.clear();
            batchSize = 0;
            batchDone = 0;
            saved = 0;
        }
        waiting.addAll(files);
        batchSize += files.size();
        if (idle) {
            next();
        }
    }

    private boolean isIdle() {
        return !reading.get() && review.get() == null;
    }

    private void next() {
        Path file = waiting.poll();
        if (file == null) {
            finish();
            return;
        }
        int position = ++batchDone;
        String name = String.valueOf(file.getFileName());
        reading.set(true);
        status.set(Messages.get(batchSize > 1 ? "documents.intake.readingOf" : "documents.intake.reading", name,
                Formats.integer(position), Formats.integer(batchSize)));
        ui.runner().task(p -> reader.apply(file))
                .title(status.get())
                .onSuccess(read -> {
                    reading.set(false);
                    review.set(new DirectiveReviewViewModel(read, documents, ui));
                })
                .onFailure(error -> {
                    reading.set(false);
                    problems.add(new Problem(file, describe(error, name)));
                    next();
                })
                .start();
    }

    /** The intake's own message names the file; anything unforeseen is logged and said with the file's name. */
    private static String describe(Throwable error, String name) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof vn.cchcdesk.domain.AppException) {
                return ErrorMessages.describe(t);
            }
        }
        LOG.error("Reading {} failed", name, error);
        return Messages.get("intake.file.unexpected", name, error.getClass().getSimpleName());
    }

    /** The review on screen is over, saved or skipped: the next file is read. */
    public void reviewed() {
        DirectiveReviewViewModel done = review.get();
        if (done == null) {
            return;
        }
        if (done.registered() != null) {
            saved++;
        }
        review.set(null);
        next();
    }

    /** Skips the files not yet read (the review on screen, if any, ends as the clerk leaves it). */
    public void stop() {
        waiting.clear();
    }

    private void finish() {
        status.set("");
        int failed = problems.size();
        if (batchSize > 1 || failed > 0) {
            ui.say(Messages.get("documents.intake.done", Formats.integer(saved), Formats.integer(batchSize - saved - failed),
                    Formats.integer(failed)));
        }
    }

    /** How many files are waiting after the one read or reviewed now. */
    public int remaining() {
        return waiting.size();
    }

    /** "2/4": which file of the batch is being reviewed. */
    public String position() {
        return Messages.get("documents.intake.position", Formats.integer(batchDone), Formats.integer(batchSize));
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading;
    }

    /** "Đang đọc tệp "…" (2/4)…" while a file is read, else empty. */
    public StringProperty statusProperty() {
        return status;
    }

    /** The review to show; null while none is ready. */
    public ReadOnlyObjectProperty<DirectiveReviewViewModel> reviewProperty() {
        return review;
    }

    /** Files of this batch that could not be read; cleared when a new batch starts, or by the clerk. */
    public ObservableList<Problem> problems() {
        return problems;
    }
}
