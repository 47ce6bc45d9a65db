-- Marks a run failed when it broke before the warehouse load could record its own outcome.
UPDATE movies.etl_run SET status = 'failed', finished_at = clock_timestamp(), error = ?
WHERE run_id = ? AND status = 'running'
