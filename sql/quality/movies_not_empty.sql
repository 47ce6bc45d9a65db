-- table: movies.movies
-- requires: movies_metadata, movielens_movies
-- Returns one row when the table is empty after a run that read its sources.
SELECT 'movies is empty' AS problem WHERE NOT EXISTS (SELECT 1 FROM movies.movies);
