-- One statement per batch of rows (StageRows): parameter 1 is the run, then one array per column, typed as
-- StagingTables declares it: numbers arrive in binary, the other columns as text cast here. A row's genres
-- arrive as one array literal each.
INSERT INTO movies_staging.movielens_movies
  (run_id, source_file, record_number, movielens_id, movie_id, imdb_id, title, release_year, genre_ids, genre_names)
SELECT ?, source_file, record_number, movielens_id, movie_id, imdb_id, title, release_year::smallint,
       genre_ids::integer[], genre_names::text[]
FROM unnest(?::text[], ?::bigint[], ?::integer[], ?::integer[], ?::text[], ?::text[], ?::integer[], ?::text[],
            ?::text[])
  AS batch(source_file, record_number, movielens_id, movie_id, imdb_id, title, release_year, genre_ids, genre_names)
