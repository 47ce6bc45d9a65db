SELECT status, error FROM movies.etl_run WHERE run_id = ?
