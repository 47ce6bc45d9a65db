INSERT INTO movies.quarantine (run_id, source, source_file, record_number, raw_record, reason)
SELECT run_id, source, source_file, record_number, raw_record, reason
FROM movies_staging.quarantine
WHERE run_id = current_setting('movielytics.run_id')
ON CONFLICT DO NOTHING;
