-- One statement per batch of rows (StageRows): parameter 1 is the run, then one array per column, typed as
-- StagingTables declares it: numbers arrive in binary, the other columns as text cast here. A row's genres
-- arrive as one array literal each.
INSERT INTO movies_staging.movies_metadata
  (run_id, source_file, record_number, movie_id, imdb_id, title, original_title, original_language, is_adult,
   release_date, budget, revenue, runtime_minutes, popularity, vote_average, vote_count, status, collection_name,
   genre_ids, genre_names)
SELECT ?, source_file, record_number, movie_id, imdb_id, title, original_title, original_language,
       is_adult::boolean, release_date::date, budget, revenue, runtime_minutes::numeric(6,1), popularity,
       vote_average::numeric(3,1), vote_count, status, collection_name, genre_ids::integer[], genre_names::text[]
FROM unnest(?::text[], ?::bigint[], ?::integer[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
            ?::bigint[], ?::bigint[], ?::text[], ?::double precision[], ?::text[], ?::integer[], ?::text[],
            ?::text[], ?::text[], ?::text[])
  AS batch(source_file, record_number, movie_id, imdb_id, title, original_title, original_language, is_adult,
           release_date, budget, revenue, runtime_minutes, popularity, vote_average, vote_count, status,
           collection_name, genre_ids, genre_names)
