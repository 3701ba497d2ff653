package vn.cchcdesk.intake;

import java.nio.file.Path;
import vn.cchcdesk.domain.AppException;

/**
 * Reading a directive, start to finish: the file's text, then its fields. What the review form
 * and the {@code extract} command call.
 */
public final class DirectiveIntake {

    private final DirectiveReader reader;
    private final DirectiveExtractor extractor;

    public DirectiveIntake() {
        this(new DirectiveReader(), new DirectiveExtractor());
    }

    public DirectiveIntake(DirectiveReader reader, DirectiveExtractor extractor) {
        this.reader = reader;
        this.extractor = extractor;
    }

    /** A directive's text (for full-text search) and what was extracted from it (for the review form). */
    public record Result(DirectiveText text, ExtractedDirective directive) {
    }

    /**
     * @throws AppException with an {@code intake.*} key naming the file when it cannot be read
     */
    public Result read(Path file) {
        DirectiveText text = reader.read(file);
        try {
            return new Result(text, extractor.extract(text));
        } catch (RuntimeException | StackOverflowError e) {
            // A rule that trips on an unusual text must not show the clerk a stack trace; the
            // text was read, so the clerk can still fill the form by hand.
            throw new AppException(e, "intake.extract.failed", text.fileName());
        }
    }

    /**
     * Loads the readers and rules by reading two tiny documents made in memory, so that the first
     * directive the clerk drops is read as fast as the next ones. Call it once, off the FX thread,
     * when the app starts. Returns false if warming up failed, which only costs that speed.
     */
    public boolean warmUp() {
        return IntakeWarmUp.run(extractor);
    }

    /** {@link #read}, the extracted fields only. */
    public ExtractedDirective extract(Path file) {
        return read(file).directive();
    }
}
