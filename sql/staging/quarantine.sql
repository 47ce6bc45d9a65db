-- One statement per batch of rows (StageRows): parameter 1 is the run, then one text array per column.
INSERT INTO movies_staging.quarantine
  (run_id, source, source_file, record_number, line_number, byte_offset, byte_length, raw_record, reason,
   reason_code)
SELECT ?, source, source_file, record_number::bigint, line_number::bigint, byte_offset::bigint,
       byte_length::bigint, raw_record, reason, reason_code
FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
  AS batch(source, source_file, record_number, line_number, byte_offset, byte_length, raw_record, reason,
           reason_code)
ON CONFLICT DO NOTHING
