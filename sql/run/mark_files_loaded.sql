-- In the transaction that commits the run's rows: the files it read are loaded.
UPDATE movies.load_manifest m
SET status = 'loaded', loaded_by_run = r.run_id, loaded_at = now(), duplicate_of = NULL
FROM movies.etl_run r CROSS JOIN LATERAL jsonb_array_elements_text(r.files_read) AS f(uri)
WHERE r.run_id = current_setting('movielytics.run_id') AND m.file_uri = f.uri;
