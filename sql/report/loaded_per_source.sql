-- Rows loaded per source by each of the newest 30 succeeded runs, oldest first: the Runs page's chart of what a
-- run usually loads.
SELECT r.run_id, c.source, c.loaded
FROM (SELECT * FROM movies.etl_run WHERE status = 'succeeded' ORDER BY started_at DESC, run_id DESC LIMIT 30) r
CROSS JOIN LATERAL jsonb_to_recordset(r.source_counts) AS c(source text, loaded bigint)
ORDER BY r.started_at, r.run_id, c.source
