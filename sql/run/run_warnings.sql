SELECT w.file, w.warning
FROM movies.etl_run r
CROSS JOIN LATERAL jsonb_to_recordset(r.warnings) AS w(file text, warning text)
WHERE r.run_id = ?
ORDER BY w.file
