-- Sets a table's fillfactor only where it differs from the one given. The schema is applied before every run, and
-- ALTER TABLE ... SET locks its table against writes and vacuum (SHARE UPDATE EXCLUSIVE) even when nothing changes
-- (as COMMENT ON does: sql/ddl/describe.sql). The setting applies to pages written from then on: a table that a
-- first load, a full refresh or a rebuild fills takes it on every page.
CREATE OR REPLACE FUNCTION movies_staging.set_fillfactor(tbl regclass, fillfactor integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  options text[] := (SELECT reloptions FROM pg_class WHERE oid = tbl);
BEGIN
  IF NOT coalesce(format('fillfactor=%s', fillfactor) = ANY (options), false) THEN
    EXECUTE format('ALTER TABLE %s SET (fillfactor = %s)', tbl, fillfactor);
  END IF;
END $$;
