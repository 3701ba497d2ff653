package vn.cchcdesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.AppException;

/**
 * The embedded H2 database in the data folder, migrated by Flyway on open.
 *
 * <p>Transactions are thread-bound: a service calls {@code dsl().transactionResult(() -> ...)} and
 * every repository call inside, on the same thread, joins that transaction. Writes happen only
 * inside one (H2 keeps a row after a failed INSERT … RETURNING in auto-commit mode).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final String url;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String schemaVersion;

    private Database(String url, JdbcConnectionPool pool, DSLContext dsl, String schemaVersion) {
        this.url = url;
        this.pool = pool;
        this.dsl = dsl;
        this.schemaVersion = schemaVersion;
    }

    /** Opens (creating when new) and migrates the database of a data folder. */
    public static Database open(DataFolder folder) {
        // No AUTO_SERVER: the app never opens a network port.
        String url = "jdbc:h2:file:" + folder.databaseBase() + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            checkOpens(pool);
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load();
            MigrateResult result = flyway.migrate();
            String version = flyway.info().current().getVersion().getVersion();
            LOG.info("Database {} at schema version {} ({} migrations applied now)", folder.databaseFile(), version,
                    result.migrationsExecuted);
            return new Database(url, pool, createDsl(pool), version);
        } catch (FlywayException e) {
            pool.dispose();
            throw new AppException(e, "data.migrationFailed", folder.databaseFile());
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static void checkOpens(JdbcConnectionPool pool) {
        try (Connection ignored = pool.getConnection()) {
            // opening is the check: a locked or damaged file fails here
        } catch (SQLException e) {
            // 90020: the file is in use by another process; 90030/90048/90098: the file is damaged or not a database
            String key = e.getErrorCode() == 90020 ? "data.databaseLocked" : "data.databaseDamaged";
            throw new AppException(e, key, e.getMessage());
        }
    }

    private static DSLContext createDsl(JdbcConnectionPool pool) {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.H2);
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
        configuration.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        return DSL.using(configuration);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /** Closes the database; with compact, rewrites the file to its smallest size (clean exit, after bulk work). */
    public void close(boolean compact) {
        pool.dispose();
        // a plain connection: a pooled one would try to roll back on a database SHUTDOWN just closed
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("Database shutdown reported a problem", e);
        }
    }

    @Override
    public void close() {
        close(false);
    }
}
