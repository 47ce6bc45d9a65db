SELECT status, error, load_mode FROM movies.etl_run WHERE run_id = ?
