package vn.cchcdesk.store;

import javax.sql.DataSource;

/**
 * Called by {@link Database#open} when an existing database has migrations pending, before any of
 * them runs: the app takes a backup here. Throwing stops the opening with the data untouched.
 */
@FunctionalInterface
public interface MigrationGuard {

    MigrationGuard NONE = (source, from, to) -> { };

    void beforeMigrating(DataSource source, String fromVersion, String toVersion);
}
