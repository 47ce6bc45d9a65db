-- table: movies.movie_genre
-- requires: movies_metadata, movielens_movies
-- Returns one row when the table is empty after a run that read its sources.
SELECT 'movie_genre is empty' AS problem WHERE NOT EXISTS (SELECT 1 FROM movies.movie_genre);
