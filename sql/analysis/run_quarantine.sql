-- What one run quarantined, per source and reason code, most frequent first, with one record and its reason.
SELECT source, reason_code, count(*) AS records,
       min(source_file || ' record ' || record_number || ': ' || reason) AS example
FROM movies.quarantine
WHERE run_id = ?
GROUP BY source, reason_code
ORDER BY records DESC, source, reason_code;
