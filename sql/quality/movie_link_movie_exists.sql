-- table: movies.movie_link
-- references: movie_id -> movies.movies(movie_id)
SELECT l.movielens_id, l.movie_id FROM movies.movie_link l
WHERE l.movie_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM movies.movies m WHERE m.movie_id = l.movie_id);
