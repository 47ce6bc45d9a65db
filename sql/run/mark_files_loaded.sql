-- In the transaction that commits the run's rows: the files it read are loaded, with the records each held.
UPDATE movies.load_manifest m
SET status = 'loaded', loaded_by_run = r.run_id, loaded_at = now(), duplicate_of = NULL, records = fr.records
FROM movies.etl_run r
CROSS JOIN LATERAL jsonb_array_elements_text(r.files_read) AS f(uri)
JOIN (SELECT run_id, source_file, sum(records) AS records FROM movies_staging.file_read
      GROUP BY run_id, source_file) fr ON fr.run_id = r.run_id AND fr.source_file = f.uri
WHERE r.run_id = (SELECT current_setting('movielytics.run_id')) AND m.file_uri = f.uri;
