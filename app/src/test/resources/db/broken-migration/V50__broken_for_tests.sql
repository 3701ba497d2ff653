-- Test only: a migration that fails half-way. H2 commits each DDL statement on its own, so the
-- table and the column below would stay behind if the app migrated the clerk's file in place.
CREATE TABLE trust_probe (id INT PRIMARY KEY);
ALTER TABLE document ADD COLUMN probe_note VARCHAR(100);
INSERT INTO no_such_table (id) VALUES (1);
