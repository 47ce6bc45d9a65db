-- One statement per batch of rows (StageRows): parameter 1 is the run, then one text array per column.
INSERT INTO movies_staging.file_read
  (run_id, source, source_file, part_start, records, lines, size_bytes, bytes_read, refusal)
SELECT ?, source, source_file, part_start::bigint, records::bigint, lines::bigint, size_bytes::bigint,
       bytes_read::bigint, refusal
FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
  AS batch(source, source_file, part_start, records, lines, size_bytes, bytes_read, refusal)
ON CONFLICT DO NOTHING
