INSERT INTO movies_staging.file_read (run_id, source, source_file, records, size_bytes, bytes_read, refusal)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING
