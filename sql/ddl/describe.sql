-- Sets a table's or a column's comment only where it differs from the one given. The schema is applied before
-- every run, and COMMENT ON locks its table against writes (SHARE UPDATE EXCLUSIVE) even when nothing changes: an
-- unchanged comment must not wait for, or hold up, a load or a transaction holding the table.
CREATE OR REPLACE FUNCTION movies_staging.describe(tbl regclass, col text, body text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF col IS NULL THEN
    IF obj_description(tbl, 'pg_class') IS DISTINCT FROM body THEN
      EXECUTE format('COMMENT ON TABLE %s IS %L', tbl, body);
    END IF;
  ELSIF col_description(tbl, (SELECT attnum FROM pg_attribute WHERE attrelid = tbl AND attname = col))
        IS DISTINCT FROM body THEN
    EXECUTE format('COMMENT ON COLUMN %s.%I IS %L', tbl, col, body);
  END IF;
END $$;
