-- The run's rejects, for inspection after the run whatever its outcome. A refused file (not UTF-8) is reported
-- by its refusal, not by a quarantined row per record.
INSERT INTO movies.quarantine
  (run_id, source, source_file, record_number, line_number, byte_offset, byte_length, raw_record, reason)
SELECT q.run_id, q.source, q.source_file, q.record_number, q.line_number, q.byte_offset, q.byte_length,
       q.raw_record, q.reason
FROM movies_staging.quarantine q
WHERE q.run_id = current_setting('movielytics.run_id')
  AND NOT EXISTS (
    SELECT 1 FROM movies_staging.file_read f
    WHERE f.run_id = q.run_id AND f.source_file = q.source_file AND f.refusal IS NOT NULL)
ON CONFLICT DO NOTHING;
