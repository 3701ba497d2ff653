package vn.cchcdesk.intake;

import java.util.Locale;
import java.util.Optional;

/** The file formats a directive can be read from, known by the file name's extension. */
public enum DirectiveFormat {
    DOCX, DOC, PDF, TXT;

    public static Optional<DirectiveFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "docx" -> Optional.of(DOCX);
            case "doc" -> Optional.of(DOC);
            case "pdf" -> Optional.of(PDF);
            case "txt" -> Optional.of(TXT);
            default -> Optional.empty();
        };
    }
}
