UPDATE movies.etl_run
SET status = ?, staged_at = coalesce(staged_at, ?), finished_at = clock_timestamp(), source_counts = ?::jsonb,
    phase_seconds = ?::jsonb, error = ?
WHERE run_id = ?
