-- The fact tables that hold no rows as the load begins, noted for the load's transaction: a first load fills them
-- with their keys built after (sql/first_load).
CREATE TEMPORARY TABLE run_fact_tables ON COMMIT DROP AS
SELECT table_name, source, empty,
       (SELECT load_mode = 'full_refresh' FROM movies.etl_run
        WHERE run_id = (SELECT current_setting('movielytics.run_id'))) AS full_refresh
FROM (VALUES
  ('ratings', 'ratings', NOT EXISTS (SELECT 1 FROM movies.ratings)),
  ('tags', 'tags', NOT EXISTS (SELECT 1 FROM movies.tags)),
  ('genome_score', 'genome_scores', NOT EXISTS (SELECT 1 FROM movies.genome_score))
) AS facts(table_name, source, empty);

CREATE TEMPORARY TABLE run_first_loads ON COMMIT DROP AS
SELECT table_name, source FROM run_fact_tables WHERE empty;

-- The fact tables that hold only this run's staged keys once it has loaded them: its first loads, and under
-- --fullRefresh every fact table (sql/run/clear_final_tables.sql empties them in this transaction).
-- sql/quality/reconciliation_keys_loaded.sql checks these by their row count instead of looking up every key.
CREATE TEMPORARY TABLE run_rebuilt_facts ON COMMIT DROP AS
SELECT table_name, source FROM run_fact_tables WHERE empty OR full_refresh;
