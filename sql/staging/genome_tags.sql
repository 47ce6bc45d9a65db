-- One statement per batch of rows (StageRows): parameter 1 is the run, then one text array per column.
INSERT INTO movies_staging.genome_tags (run_id, source_file, record_number, tag_id, tag)
SELECT ?, source_file, record_number::bigint, tag_id::integer, tag
FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS batch(source_file, record_number, tag_id, tag)
