-- What the analyst role (sql/roles/loader_and_analyst.sql) may read, granted by every run once the tables and views
-- exist, so that new ones are covered: every table and view of movies, except the quarantine's raw records, the
-- run log's inputs (the prefix, the files, and the warnings and errors that name them) and the load manifest.
-- Nothing happens where the role does not exist.
DO $$
BEGIN
  IF to_regrole('analyst') IS NULL THEN
    RETURN;
  END IF;
  GRANT USAGE ON SCHEMA movies TO analyst;
  GRANT SELECT ON ALL TABLES IN SCHEMA movies TO analyst;
  REVOKE SELECT ON movies.quarantine, movies.etl_run, movies.load_manifest FROM analyst;
  GRANT SELECT (run_id, source, source_file, record_number, line_number, byte_offset, byte_length, reason,
                reason_code)
    ON movies.quarantine TO analyst;
  GRANT SELECT (run_id, runner, status, load_mode, started_at, staged_at, finished_at, source_counts, phase_seconds)
    ON movies.etl_run TO analyst;
END
$$;
