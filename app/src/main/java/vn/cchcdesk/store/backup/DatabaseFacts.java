package vn.cchcdesk.store.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchcdesk.domain.AppException;

/**
 * What a database file holds, read with plain JDBC so it works on any schema version a backup may
 * be at: the Flyway version, the commune, and the number of live records of each kind.
 */
record DatabaseFacts(String schemaVersion, String commune, Map<String, Long> counts) {

    private static final String MV_DB = ".mv.db";

    /** Opens a database file (read-only, no migration), reads its facts, and closes it. */
    static DatabaseFacts read(Path mvDbFile) {
        try (Connection connection = DriverManager.getConnection(url(mvDbFile, true), "sa", "")) {
            try {
                return of(connection);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        } catch (SQLException e) {
            throw new AppException(e, "backup.payloadUnreadable", mvDbFile.getFileName(), e.getMessage());
        }
    }

    static DatabaseFacts of(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(BackupManifest.DOCUMENTS, count(connection, "SELECT COUNT(*) FROM document WHERE deleted_at IS NULL"));
        counts.put(BackupManifest.TASKS, count(connection, "SELECT COUNT(*) FROM task WHERE deleted_at IS NULL"));
        counts.put(BackupManifest.ACTIVITIES, count(connection, "SELECT COUNT(*) FROM activity WHERE deleted_at IS NULL"));
        counts.put(BackupManifest.UNITS, count(connection, "SELECT COUNT(*) FROM unit"));
        return new DatabaseFacts(schemaVersion(connection), commune(connection), counts);
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rows.next() ? rows.getString(1) : "0";
        }
    }

    private static String commune(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT commune_name FROM app_settings")) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The JDBC URL of a database file; read-only opening never changes the file. Never AUTO_SERVER. */
    static String url(Path mvDbFile, boolean readOnly) {
        String path = mvDbFile.toAbsolutePath().toString();
        if (!path.endsWith(MV_DB)) {
            throw new IllegalArgumentException("Not an H2 file: " + mvDbFile);
        }
        String base = path.substring(0, path.length() - MV_DB.length());
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE" + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
    }
}
