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

    /**
     * @throws AppException with an {@code intake.*} key naming the file when it cannot be read
     */
    public ExtractedDirective extract(Path file) {
        DirectiveText text = reader.read(file);
        try {
            return extractor.extract(text);
        } catch (RuntimeException e) {
            // A rule that trips on an unusual text must not show the clerk a stack trace.
            throw new AppException(e, "intake.extract.failed", text.fileName());
        }
    }
}
