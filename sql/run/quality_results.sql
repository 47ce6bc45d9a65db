SELECT check_name, table_name, violations, passed, example
FROM movies.quality_result WHERE run_id = ? ORDER BY passed, check_name
