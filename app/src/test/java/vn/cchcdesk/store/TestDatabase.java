package vn.cchcdesk.store;

import java.nio.file.Path;
import org.jooq.DSLContext;

/** A real H2 file in a test's temporary folder, migrated exactly as the app does. */
public final class TestDatabase implements AutoCloseable {

    private final DataFolder folder;
    private final Database database;

    private TestDatabase(DataFolder folder, Database database) {
        this.folder = folder;
        this.database = database;
    }

    public static TestDatabase in(Path dir) {
        DataFolder folder = DataFolder.prepare(dir);
        return new TestDatabase(folder, Database.open(folder));
    }

    public DSLContext dsl() {
        return database.dsl();
    }

    public DataFolder folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
