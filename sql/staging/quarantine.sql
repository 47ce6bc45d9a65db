INSERT INTO movies_staging.quarantine (run_id, source, source_file, record_number, raw_record, reason)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING
