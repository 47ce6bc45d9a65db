-- The run the Runs page details: the newest one.
SELECT run_id FROM movies.etl_run ORDER BY started_at DESC, run_id DESC LIMIT 1
