package vn.cchcdesk.domain.attachment;

import java.util.Locale;

/**
 * A stored file as its owner lists it: the name it had when the clerk attached it (the same
 * content attached twice under two names is stored once), its size and type, and its place in the
 * owner's list.
 */
public record AttachedFile(long attachmentId, String name, long sizeBytes, String mediaType, String sha256, int position) {

    /** The extension of the original name, lower case, without the dot ("pdf"); empty when it has none. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
