-- One statement per batch of rows (StageRows): parameter 1 is the run, then one array per column, typed as
-- StagingTables declares it: numbers arrive in binary, the other columns as text cast here.
INSERT INTO movies_staging.genome_tags (run_id, source_file, record_number, tag_id, tag)
SELECT ?, source_file, record_number, tag_id, tag
FROM unnest(?::text[], ?::bigint[], ?::integer[], ?::text[]) AS batch(source_file, record_number, tag_id, tag)
