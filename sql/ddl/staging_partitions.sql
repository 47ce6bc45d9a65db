-- A run's staging partitions: created when the run starts, dropped when it ends. Unlogged, since staging is
-- rebuilt by rerunning.

-- The staging tables: every partitioned table of movies_staging.
CREATE OR REPLACE VIEW movies_staging.staging_tables AS
SELECT c.relname AS table_name
FROM pg_partitioned_table p
JOIN pg_class c ON c.oid = p.partrelid
WHERE c.relnamespace = 'movies_staging'::regnamespace;

CREATE OR REPLACE FUNCTION movies_staging.create_run_partitions(run text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  staging_table name;
BEGIN
  FOR staging_table IN SELECT table_name FROM movies_staging.staging_tables LOOP
    EXECUTE format('CREATE UNLOGGED TABLE IF NOT EXISTS movies_staging.%I PARTITION OF movies_staging.%I '
                   'FOR VALUES IN (%L)', staging_table || '__' || run, staging_table, run);
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION movies_staging.drop_run_partitions(run text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  staging_table name;
BEGIN
  FOR staging_table IN SELECT table_name FROM movies_staging.staging_tables LOOP
    EXECUTE format('DROP TABLE IF EXISTS movies_staging.%I', staging_table || '__' || run);
  END LOOP;
END $$;

-- Statistics for a run's partitions once they are filled: without them the planner takes the millions of staged
-- rows for an empty table and picks nested loops for the counts, upserts and checks. Autovacuum would get there,
-- but not before the load.
CREATE OR REPLACE FUNCTION movies_staging.analyze_run_partitions(run text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  staging_table name;
BEGIN
  FOR staging_table IN SELECT table_name FROM movies_staging.staging_tables LOOP
    EXECUTE format('ANALYZE movies_staging.%I', staging_table || '__' || run);
  END LOOP;
END $$;
