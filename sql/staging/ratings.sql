-- One statement per batch of rows (StageRows): parameter 1 is the run, then one text array per column.
INSERT INTO movies_staging.ratings
  (run_id, source_file, record_number, user_id, movielens_id, movie_id, rating, rated_at_epoch)
SELECT ?, source_file, record_number::bigint, user_id::integer, movielens_id::integer, movie_id::integer,
       rating::numeric(2,1), rated_at_epoch::bigint
FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
  AS batch(source_file, record_number, user_id, movielens_id, movie_id, rating, rated_at_epoch)
