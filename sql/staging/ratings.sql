-- One statement per batch of rows (StageRows): parameter 1 is the run, then one array per column, typed as
-- StagingTables declares it: numbers arrive in binary, the other columns as text cast here. The rating arrives
-- as the parsed double and is stored as numeric(2,1).
INSERT INTO movies_staging.ratings
  (run_id, source_file, record_number, user_id, movielens_id, movie_id, rating, rated_at_epoch)
SELECT ?, source_file, record_number, user_id, movielens_id, movie_id, rating::numeric(2,1), rated_at_epoch
FROM unnest(?::text[], ?::bigint[], ?::integer[], ?::integer[], ?::integer[], ?::double precision[], ?::bigint[])
  AS batch(source_file, record_number, user_id, movielens_id, movie_id, rating, rated_at_epoch)
