-- Test only: a later schema version, to check the backup before migrating and newer-schema refusal.
ALTER TABLE document ADD COLUMN probe_note VARCHAR(100);
