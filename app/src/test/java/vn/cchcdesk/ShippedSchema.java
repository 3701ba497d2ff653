package vn.cchcdesk;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The newest schema version the app ships, read from its migration files: each feature adds
 * migrations in its own range, so tests do not name the number.
 */
public final class ShippedSchema {

    public static final String VERSION = newest();

    private ShippedSchema() {
    }

    private static String newest() {
        try (var files = Files.list(Path.of(ShippedSchema.class.getResource("/db/migration").toURI()))) {
            return String.valueOf(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
