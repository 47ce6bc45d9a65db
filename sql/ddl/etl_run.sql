-- One row per run. source_counts: per source files, read, loaded, duplicates, quarantined.
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
