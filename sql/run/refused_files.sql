-- Files the run refused to read as records (their encoding): the run fails before touching the final tables.
SELECT DISTINCT source, source_file, refusal
FROM movies_staging.file_read
WHERE run_id = (SELECT current_setting('movielytics.run_id')) AND refusal IS NOT NULL
ORDER BY source_file
