INSERT INTO movies.cpi AS c (series_id, "month", value)
SELECT DISTINCT ON (series_id, "month") series_id, "month", value
FROM movies_staging.cpi
WHERE run_id = (SELECT current_setting('movielytics.run_id'))
ORDER BY series_id, "month", source_file DESC, record_number DESC
ON CONFLICT (series_id, "month") DO UPDATE SET value = excluded.value
WHERE c.value IS DISTINCT FROM excluded.value;
