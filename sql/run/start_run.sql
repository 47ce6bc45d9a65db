INSERT INTO movies.etl_run (run_id, runner, input_prefix, status, started_at) VALUES (?, ?, ?, 'running', now())
