-- One statement per batch of rows (StageRows): parameter 1 is the run, then one text array per column.
INSERT INTO movies_staging.tags
  (run_id, source_file, record_number, user_id, movielens_id, movie_id, tag, tagged_at_epoch)
SELECT ?, source_file, record_number::bigint, user_id::integer, movielens_id::integer, movie_id::integer, tag,
       tagged_at_epoch::bigint
FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
  AS batch(source_file, record_number, user_id, movielens_id, movie_id, tag, tagged_at_epoch)
