-- The run a waiting run waits for, to name it.
SELECT run_id, load_mode, started_at
FROM movies.etl_run
WHERE status = 'running'
ORDER BY started_at DESC
LIMIT 1
