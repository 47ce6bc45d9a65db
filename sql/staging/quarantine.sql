INSERT INTO movies_staging.quarantine
  (run_id, source, source_file, record_number, line_number, byte_offset, byte_length, raw_record, reason)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING
