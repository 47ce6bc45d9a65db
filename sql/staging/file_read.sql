INSERT INTO movies_staging.file_read (run_id, source, source_file, records)
VALUES (?, ?, ?, ?)
ON CONFLICT DO NOTHING
