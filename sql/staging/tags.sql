-- One statement per batch of rows (StageRows): parameter 1 is the run, then one array per column, typed as
-- StagingTables declares it: numbers arrive in binary, the other columns as text cast here.
INSERT INTO movies_staging.tags
  (run_id, source_file, record_number, user_id, movielens_id, movie_id, tag, tagged_at_epoch)
SELECT ?, source_file, record_number, user_id, movielens_id, movie_id, tag, tagged_at_epoch
FROM unnest(?::text[], ?::bigint[], ?::integer[], ?::integer[], ?::integer[], ?::text[], ?::bigint[])
  AS batch(source_file, record_number, user_id, movielens_id, movie_id, tag, tagged_at_epoch)
