package vn.cchcdesk.store.attachment;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.text.VietnameseText;

/** The names files keep: NFC for the list, and a name every OS accepts for the copy the viewer opens. */
final class FileNames {

    static final int MAX_STORED = 500;
    private static final int MAX_ON_DISK = 150;
    /** Linux and macOS count a name in UTF-8 bytes (255 at most); a Vietnamese letter takes up to 3. */
    private static final int MAX_ON_DISK_BYTES = 240;
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final String FALLBACK = "tep-dinh-kem";

    private FileNames() {
    }

    /** The name of the file the clerk picked, as the attachment list shows it. */
    static String displayName(Path file) {
        Path name = file.getFileName();
        String text = VietnameseText.clean(name == null ? "" : name.toString());
        return shorten(text.isEmpty() ? FALLBACK : text, MAX_STORED);
    }

    /** A name safe on Windows, macOS and Linux, keeping the extension so the system picks the right viewer. */
    static String safeOnDisk(String name) {
        String cleaned = UNSAFE.matcher(VietnameseText.nfc(name)).replaceAll("_").strip();
        cleaned = cleaned.replaceAll("^[. ]+|[. ]+$", "");
        if (cleaned.isEmpty()) {
            cleaned = FALLBACK;
        }
        int dot = cleaned.indexOf('.');
        String stem = dot < 0 ? cleaned : cleaned.substring(0, dot);
        if (WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            cleaned = "_" + cleaned;
        }
        String shortened = shorten(cleaned, MAX_ON_DISK);
        // 150 Vietnamese letters are up to 450 bytes: "File name too long" on Linux
        for (int max = MAX_ON_DISK; utf8Length(shortened) > MAX_ON_DISK_BYTES; max -= 10) {
            shortened = shorten(cleaned, max);
        }
        return shortened;
    }

    private static int utf8Length(String name) {
        return name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Cuts a long name in its stem, so "….pdf" stays a PDF. */
    static String shorten(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, max - extension.length()).strip() + extension;
    }
}
