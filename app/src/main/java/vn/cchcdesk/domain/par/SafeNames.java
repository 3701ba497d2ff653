package vn.cchcdesk.domain.par;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * File and folder names for the evidence file that every system accepts (Windows above all, where
 * the clerk opens it): NFC, no separators or characters Windows refuses, no reserved device
 * names, no leading or trailing dots and spaces, short enough for a deep path, and unique in
 * their folder ignoring case. A name never holds a separator, so no entry can leave the target.
 */
public final class SafeNames {

    public static final int MAX_LENGTH = 80;
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final String FALLBACK = "tep";

    private final Set<String> taken = new HashSet<>();

    /** One per folder: remembers the names given, so the next equal one gets " (2)". */
    public SafeNames() {
    }

    /** A safe, shortened name (the extension kept). */
    public static String clean(String name) {
        String cleaned = UNSAFE.matcher(VietnameseText.nfc(name == null ? "" : name)).replaceAll("_")
                .replaceAll("\\s+", " ").strip();
        cleaned = cleaned.replaceAll("^[. ]+|[. ]+$", "");
        if (cleaned.isEmpty() || cleaned.chars().allMatch(ch -> ch == '_')) {
            cleaned = FALLBACK;
        }
        int dot = cleaned.indexOf('.');
        String stem = dot < 0 ? cleaned : cleaned.substring(0, dot);
        if (RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            cleaned = "_" + cleaned;
        }
        return shorten(cleaned, MAX_LENGTH);
    }

    /** A safe name not yet given in this folder. */
    public String unique(String name) {
        String base = clean(name);
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            int dot = base.lastIndexOf('.');
            boolean ext = dot > 0 && base.length() - dot <= 10;
            candidate = (ext ? base.substring(0, dot) : base) + " (" + n + ")" + (ext ? base.substring(dot) : "");
        }
        return candidate;
    }

    private static String shorten(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, max - extension.length()).strip() + extension;
    }
}
