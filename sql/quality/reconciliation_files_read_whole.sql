-- table: movies_staging.file_read
-- Every file the run set out to read was read to its end: its ranges reported what they held, and the bytes they
-- covered come to the file's size in the run's listing. A file cut short (a reader that stopped early, a range
-- that was never read, a stream that ended) fails the run, whatever the records it did yield say.
SELECT f.uri AS source_file, max(r.size_bytes) AS size_bytes, sum(r.bytes_read) AS bytes_read
FROM movies.etl_run e
CROSS JOIN LATERAL jsonb_array_elements_text(e.files_read) AS f(uri)
LEFT JOIN movies_staging.file_read r ON r.run_id = e.run_id AND r.source_file = f.uri
WHERE e.run_id = (SELECT current_setting('movielytics.run_id'))
GROUP BY f.uri
HAVING count(r.source_file) = 0 OR sum(r.bytes_read) <> max(r.size_bytes);
