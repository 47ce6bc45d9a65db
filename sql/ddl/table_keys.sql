-- A first load into an empty table inserts its rows in key order without its keys and builds them after: at
-- 10 M ratings about twice as fast as maintaining them row by row. drop_keys drops a table's primary key, unique
-- constraints and indexes and returns the statements that rebuild them, read from the catalog, so the keys are
-- defined once, in the table's DDL file.
CREATE OR REPLACE FUNCTION movies_staging.drop_keys(tbl regclass) RETURNS text[]
LANGUAGE plpgsql AS $$
DECLARE
  rebuild text[] := '{}';
  k record;
BEGIN
  FOR k IN SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
           WHERE conrelid = tbl AND contype IN ('p', 'u') ORDER BY conname LOOP
    rebuild := rebuild || format('ALTER TABLE %s ADD CONSTRAINT %I %s', tbl, k.conname, k.def);
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', tbl, k.conname);
  END LOOP;
  FOR k IN SELECT indexrelid::regclass AS idx, pg_get_indexdef(indexrelid) AS def FROM pg_index
           WHERE indrelid = tbl ORDER BY 1 LOOP
    rebuild := rebuild || k.def;
    EXECUTE format('DROP INDEX %s', k.idx);
  END LOOP;
  RETURN rebuild;
END $$;

CREATE OR REPLACE FUNCTION movies_staging.rebuild_keys(statements text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  s text;
BEGIN
  FOREACH s IN ARRAY statements LOOP
    EXECUTE s;
  END LOOP;
END $$;
