package vn.cchcdesk.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Every text the clerk reads, from UTF-8 property files under {@code vn/cchcdesk/i18n/}: one file
 * per namespace, each key starting with its namespace ("catalog.unit.name" lives in
 * catalog.properties). Vietnamese is the only language.
 *
 * <p>Placeholders {0}, {1}… are replaced by {@code String.valueOf(arg)}: callers format numbers
 * and dates themselves (Formats), so a year never turns into "2.026".
 */
public final class Messages {

    /** The namespaces, one property file each. A feature adds its file here. */
    public static final List<String> NAMESPACES = List.of(
            "common", "validation", "data", "cli", "shell", "setup", "catalog", "settings",
            "documents", "intake", "tasks", "activities", "reports", "dashboard", "backup",
            "attachments", "history", "trash", "collect",
            "reportscreen", "print", "par");

    private static final Map<String, String> TEXTS = load();

    private Messages() {
    }

    public static String get(String key, Object... args) {
        String pattern = TEXTS.get(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : fill(pattern, args);
    }

    public static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    public static Set<String> keys() {
        return TEXTS.keySet();
    }

    private static String fill(String pattern, Object[] args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : pattern.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> load() {
        Map<String, String> texts = new HashMap<>();
        for (String namespace : NAMESPACES) {
            String resource = namespace + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing message file " + resource);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.forEach((k, v) -> texts.put((String) k, (String) v));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(texts);
    }
}
