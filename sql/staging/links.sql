-- One statement per batch of rows (StageRows): parameter 1 is the run, then one text array per column.
INSERT INTO movies_staging.links (run_id, source_file, record_number, movielens_id, imdb_id, movie_id)
SELECT ?, source_file, record_number::bigint, movielens_id::integer, imdb_id, movie_id::integer
FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
  AS batch(source_file, record_number, movielens_id, imdb_id, movie_id)
