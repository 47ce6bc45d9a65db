-- One statement per batch of rows (StageRows): parameter 1 is the run, then one text array per column; a row's
-- genres arrive as one array literal each.
INSERT INTO movies_staging.movies_metadata
  (run_id, source_file, record_number, movie_id, imdb_id, title, original_title, original_language, is_adult,
   release_date, budget, revenue, runtime_minutes, popularity, vote_average, vote_count, status, collection_name,
   genre_ids, genre_names)
SELECT ?, source_file, record_number::bigint, movie_id::integer, imdb_id, title, original_title, original_language,
       is_adult::boolean, release_date::date, budget::bigint, revenue::bigint, runtime_minutes::numeric(6,1),
       popularity::double precision, vote_average::numeric(3,1), vote_count::integer, status, collection_name,
       genre_ids::integer[], genre_names::text[]
FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
            ?::text[])
  AS batch(source_file, record_number, movie_id, imdb_id, title, original_title, original_language, is_adult,
           release_date, budget, revenue, runtime_minutes, popularity, vote_average, vote_count, status,
           collection_name, genre_ids, genre_names)
