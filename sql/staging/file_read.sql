-- One statement per batch of rows (StageRows): parameter 1 is the run, then one array per column, typed as
-- StagingTables declares it: numbers arrive in binary, the other columns as text cast here.
INSERT INTO movies_staging.file_read
  (run_id, source, source_file, part_start, records, lines, size_bytes, bytes_read, refusal)
SELECT ?, source, source_file, part_start, records, lines, size_bytes, bytes_read, refusal
FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[])
  AS batch(source, source_file, part_start, records, lines, size_bytes, bytes_read, refusal)
ON CONFLICT DO NOTHING
