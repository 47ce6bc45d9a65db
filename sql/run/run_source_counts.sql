SELECT c.source, c.files, c.read, c.loaded, c.duplicates, c.quarantined
FROM movies.etl_run r
CROSS JOIN LATERAL jsonb_to_recordset(r.source_counts)
  AS c(source text, files bigint, read bigint, loaded bigint, duplicates bigint, quarantined bigint)
WHERE r.run_id = ?
ORDER BY c.source
