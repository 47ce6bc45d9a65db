-- One statement per batch of rows (StageRows): parameter 1 is the run, then one array per column, typed as
-- StagingTables declares it: numbers arrive in binary, the other columns as text cast here.
INSERT INTO movies_staging.quarantine
  (run_id, source, source_file, record_number, line_number, byte_offset, byte_length, raw_record, reason,
   reason_code)
SELECT ?, source, source_file, record_number, line_number, byte_offset, byte_length, raw_record, reason, reason_code
FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[],
            ?::text[])
  AS batch(source, source_file, record_number, line_number, byte_offset, byte_length, raw_record, reason,
           reason_code)
ON CONFLICT DO NOTHING
