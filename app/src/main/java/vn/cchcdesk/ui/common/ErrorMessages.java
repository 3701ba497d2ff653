package vn.cchcdesk.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Collectors;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.i18n.Messages;

/** Turns any failure into a short Vietnamese sentence, with the technical details kept apart. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                return Messages.get("common.error.validation") + "\n" + v.problems().stream()
                        .map(ErrorMessages::problem)
                        .map(line -> "• " + line)
                        .collect(Collectors.joining("\n"));
            }
            if (t instanceof AppException app) {
                return Messages.get(app.messageKey(), app.args());
            }
            if (t instanceof NoSuchFileException e) {
                return Messages.get("common.error.fileMissing", e.getFile());
            }
            if (t instanceof AccessDeniedException e) {
                return Messages.get("common.error.accessDenied", e.getFile());
            }
            if (t instanceof FileSystemException e && String.valueOf(e.getReason()).toLowerCase().contains("space")) {
                return Messages.get("common.error.diskFull", e.getFile());
            }
            if (t instanceof java.io.IOException e && isDiskFull(e.getMessage())) {
                return Messages.get("common.error.diskFullWhileSaving");
            }
            if (t instanceof OutOfMemoryError) {
                return Messages.get("common.error.outOfMemory");
            }
        }
        return Messages.get("common.error.unexpected");
    }

    /** "No space left on device" (Linux), "There is not enough space on the disk" (Windows), a size limit. */
    private static boolean isDiskFull(String message) {
        String text = String.valueOf(message).toLowerCase(java.util.Locale.ROOT);
        return text.contains("no space left") || text.contains("not enough space") || text.contains("file too large")
                || text.contains("quota exceeded");
    }

    public static String problem(Problem problem) {
        return Messages.get(problem.messageKey(), problem.args().toArray());
    }

    /** The stack trace, shown under "Chi tiết" for whoever helps the clerk. */
    public static String details(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
