-- The fact tables that hold no rows as the load begins, noted for the load's transaction: a first load fills them
-- with their keys built after (sql/first_load), and sql/quality/reconciliation_keys_loaded.sql checks them by
-- their row count instead of looking up every staged key.
CREATE TEMPORARY TABLE run_first_loads ON COMMIT DROP AS
SELECT table_name, source FROM (VALUES
  ('ratings', 'ratings', NOT EXISTS (SELECT 1 FROM movies.ratings)),
  ('tags', 'tags', NOT EXISTS (SELECT 1 FROM movies.tags)),
  ('genome_score', 'genome_scores', NOT EXISTS (SELECT 1 FROM movies.genome_score))
) AS facts(table_name, source, empty)
WHERE empty;
