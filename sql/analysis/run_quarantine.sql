-- What one run quarantined, per source and reason, most frequent first.
SELECT source, reason, count(*) AS records, min(source_file || ' record ' || record_number) AS example
FROM movies.quarantine
WHERE run_id = ?
GROUP BY source, reason
ORDER BY records DESC, source, reason;
