SELECT source, files, read, loaded, duplicates, quarantined
FROM movies_staging.source_counts
WHERE run_id = current_setting('movielytics.run_id')
ORDER BY source
