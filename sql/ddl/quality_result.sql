CREATE TABLE IF NOT EXISTS movies.quality_result (
  run_id         text NOT NULL,
  check_name     text NOT NULL,
  table_name     text NOT NULL,
  violations     bigint NOT NULL,
  passed         boolean NOT NULL,
  example        text,                 -- one offending key, when the check failed
  PRIMARY KEY (run_id, check_name)
);
-- severity: error fails the run when violated, warning is recorded and printed (sql/quality, '-- severity:').
ALTER TABLE movies.quality_result ADD COLUMN IF NOT EXISTS severity text NOT NULL DEFAULT 'error';
SELECT movies_staging.describe('movies.quality_result', NULL,
  'each quality check of each run (sql/quality): violations and an example key');
