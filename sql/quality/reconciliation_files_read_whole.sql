-- table: movies_staging.file_read
-- Every file the run set out to read was read to its end: it reported what it held, and the stored bytes read
-- equal its size in the run's listing. A file cut short (a reader that stopped early, a stream that ended) fails
-- the run, whatever the records it did yield say.
SELECT f.uri AS source_file, r.size_bytes, r.bytes_read
FROM movies.etl_run e
CROSS JOIN LATERAL jsonb_array_elements_text(e.files_read) AS f(uri)
LEFT JOIN movies_staging.file_read r ON r.run_id = e.run_id AND r.source_file = f.uri
WHERE e.run_id = current_setting('movielytics.run_id')
  AND (r.source_file IS NULL OR r.bytes_read <> r.size_bytes);
