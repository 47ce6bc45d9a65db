-- One statement per batch of rows (StageRows): parameter 1 is the run, then one array per column, typed as
-- StagingTables declares it: numbers arrive in binary, the other columns as text cast here.
INSERT INTO movies_staging.links (run_id, source_file, record_number, movielens_id, imdb_id, movie_id)
SELECT ?, source_file, record_number, movielens_id, imdb_id, movie_id
FROM unnest(?::text[], ?::bigint[], ?::integer[], ?::text[], ?::integer[])
  AS batch(source_file, record_number, movielens_id, imdb_id, movie_id)
