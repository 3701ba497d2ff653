package vn.cchcdesk.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
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
import vn.cchcdesk.store.search.AfterCommit;

/**
 * The embedded H2 database in the data folder, migrated by Flyway on open.
 *
 * <p>Transactions are thread-bound: a service calls {@code dsl().transactionResult(() -> ...)} and
 * every repository call inside, on the same thread, joins that transaction. Writes happen only
 * inside one (H2 keeps a row after a failed INSERT … RETURNING in auto-commit mode).
 *
 * <p>Migrations never touch the clerk's file half-way: H2 commits DDL statement by statement, so a
 * migration failing in its middle would leave a schema that is neither old nor new. Pending
 * migrations therefore run on a copy, which replaces the file only once all of them succeeded,
 * after the {@link MigrationGuard} (the app's backup) has run.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final List<String> MIGRATIONS = List.of("classpath:db/migration");

    private final String url;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String schemaVersion;
    private boolean closed;

    private Database(String url, JdbcConnectionPool pool, DSLContext dsl, String schemaVersion) {
        this.url = url;
        this.pool = pool;
        this.dsl = dsl;
        this.schemaVersion = schemaVersion;
    }

    /** Opens (creating when new) and migrates the database of a data folder. */
    public static Database open(DataFolder folder) {
        return open(folder, MIGRATIONS, MigrationGuard.NONE);
    }

    /** Opens with these migration locations; the guard runs before migrating an existing database. */
    public static Database open(DataFolder folder, List<String> locations, MigrationGuard guard) {
        String url = urlOf(folder.databaseBase());
        boolean existed = Files.exists(folder.databaseFile());
        JdbcConnectionPool pool = pool(url);
        try {
            checkOpens(pool);
            MigrationInfoService info = flyway(pool, locations).info();
            MigrationInfo current = info.current();
            refuseNewerSchema(folder, info);
            MigrationInfo[] pending = info.pending();
            if (current != null && pending.length > 0) {
                String from = current.getVersion().getVersion();
                String to = pending[pending.length - 1].getVersion().getVersion();
                guard.beforeMigrating(pool, from, to);
                shutdown(pool, url);
                migrateCopy(folder, locations, from, to);
                pool = pool(url);
                checkOpens(pool);
            }
            Flyway flyway = flyway(pool, locations);
            MigrateResult result = flyway.migrate();
            String version = flyway.info().current().getVersion().getVersion();
            LOG.info("Database {} at schema version {} ({} migrations applied now)", folder.databaseFile(), version,
                    result.migrationsExecuted);
            return new Database(url, pool, createDsl(pool), version);
        } catch (FlywayException e) {
            shutdown(pool, url);
            if (!existed) {
                deleteQuietly(folder.databaseFile());
            }
            throw new AppException(e, "data.migrationFailed", folder.databaseFile());
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * A database written by a newer version of the app: Flyway would ignore its "future"
     * migrations, but this version does not know what they changed and could damage the data.
     */
    private static void refuseNewerSchema(DataFolder folder, MigrationInfoService info) {
        for (MigrationInfo migration : info.all()) {
            if (migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED) {
                throw new AppException("data.newerSchema", folder.databaseFile(), migration.getVersion().getVersion());
            }
        }
    }

    /** Migrates a copy of the closed file and puts it in place only when every migration passed. */
    private static void migrateCopy(DataFolder folder, List<String> locations, String from, String to) {
        // in a folder of its own: H2's BACKUP takes every "cchc-desk*.mv.db" beside the database
        Path work = folder.root().resolve("migrating");
        Path copy = work.resolve("cchc-desk.mv.db");
        Path copyBase = work.resolve("cchc-desk");
        try {
            Files.createDirectories(work);
            Files.copy(folder.databaseFile(), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AppException(e, "data.folder.notWritable", folder.root());
        }
        String copyUrl = urlOf(copyBase);
        JdbcConnectionPool pool = pool(copyUrl);
        try {
            flyway(pool, locations).migrate();
            shutdown(pool, copyUrl);
            move(copy, folder.databaseFile());
            LOG.info("Migrated {} from schema {} to {} on a copy, then put it in place", folder.databaseFile(), from, to);
        } catch (FlywayException e) {
            shutdown(pool, copyUrl);
            LOG.error("Migration from {} to {} failed; {} is left as it was", from, to, folder.databaseFile(), e);
            throw new AppException(e, "data.migrationFailed", folder.databaseFile());
        } catch (IOException e) {
            throw new AppException(e, "data.folder.notWritable", folder.root());
        } finally {
            deleteQuietly(copy);
            deleteQuietly(work.resolve("cchc-desk.trace.db"));
            deleteQuietly(work);
        }
    }

    private static Flyway flyway(DataSource source, List<String> locations) {
        return Flyway.configure()
                .dataSource(source)
                .locations(locations.toArray(String[]::new))
                .load();
    }

    /**
     * No AUTO_SERVER: the app never opens a network port. WRITE_DELAY=0: H2 otherwise hands a
     * commit to the file up to half a second later, and a process killed meanwhile (power button,
     * task manager) loses saves the clerk was told were done; CrashSafetyTest catches that.
     */
    private static String urlOf(Path base) {
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    private static JdbcConnectionPool pool(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        return pool;
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
        // the in-memory search indexes take a write only once its transaction has committed
        configuration.set(AfterCommit.LISTENER);
        configuration.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        return DSL.using(configuration);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Plain JDBC for what jOOQ does not do (H2's BACKUP TO). Never reached from the UI. */
    public DataSource dataSource() {
        return pool;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /** Closes the database; with compact, rewrites the file to its smallest size (clean exit, after bulk work). */
    public synchronized void close(boolean compact) {
        if (closed) {
            return;
        }
        closed = true;
        pool.dispose();
        // a plain connection: a pooled one would try to roll back on a database SHUTDOWN just closed
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("Database shutdown reported a problem", e);
        }
    }

    private static void shutdown(JdbcConnectionPool pool, String url) {
        pool.dispose();
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("Shutdown of {}: {}", url, e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }

    @Override
    public void close() {
        close(false);
    }
}
