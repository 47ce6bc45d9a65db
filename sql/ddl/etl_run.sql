-- One row per run. source_counts: per source files, read, loaded, duplicates, quarantined.
-- load_mode: incremental (only content not loaded before) or full_refresh (every file, final tables rebuilt).
-- files_read: the URIs the run read; files_skipped: [{uri, reason}] for the files it left alone.
CREATE TABLE IF NOT EXISTS movies.etl_run (
  run_id        text PRIMARY KEY,
  runner        text NOT NULL,
  input_prefix  text NOT NULL,
  status        text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
  started_at    timestamptz NOT NULL,
  staged_at     timestamptz,
  finished_at   timestamptz,
  source_counts jsonb,
  phase_seconds jsonb,
  error         text
);
-- Added with incremental loads; warehouses created before them gain the columns here.
ALTER TABLE movies.etl_run ADD COLUMN IF NOT EXISTS load_mode text NOT NULL DEFAULT 'full_refresh';
ALTER TABLE movies.etl_run ADD COLUMN IF NOT EXISTS files_read jsonb NOT NULL DEFAULT '[]';
ALTER TABLE movies.etl_run ADD COLUMN IF NOT EXISTS files_skipped jsonb NOT NULL DEFAULT '[]';
-- warnings: [{file, warning}] for what loaded but deserves a look, such as a file that held no records.
ALTER TABLE movies.etl_run ADD COLUMN IF NOT EXISTS warnings jsonb NOT NULL DEFAULT '[]';
SELECT movies_staging.describe('movies.etl_run', NULL,
  'the run log: one row per run with its outcome, counts per source and phases');
