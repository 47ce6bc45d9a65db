SELECT check_name, table_name, violations, passed, severity, example
FROM movies.quality_result WHERE run_id = ? ORDER BY passed, severity, check_name
