package vn.cchcdesk.ui.activities;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.text.Formats;

/** A file of the entry form: already kept with the activity, or picked and saved with it. */
public record EvidenceItem(AttachedFile stored, Path pending) {

    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    public static EvidenceItem of(AttachedFile file) {
        return new EvidenceItem(file, null);
    }

    public static EvidenceItem picked(Path file) {
        return new EvidenceItem(null, file);
    }

    public String name() {
        return stored != null ? stored.name() : pending.getFileName().toString();
    }

    public boolean isImage() {
        String name = name().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && IMAGES.contains(name.substring(dot + 1));
    }

    /** "1.234 KB", or empty for a file not saved yet. */
    public String size() {
        return stored == null ? "" : Formats.integer(Math.max(1, stored.sizeBytes() / 1024)) + " KB";
    }
}
