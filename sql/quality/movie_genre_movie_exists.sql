-- table: movies.movie_genre
-- references: movie_id -> movies.movies(movie_id)
SELECT mg.movie_id, mg.genre_id FROM movies.movie_genre mg
WHERE NOT EXISTS (SELECT 1 FROM movies.movies m WHERE m.movie_id = mg.movie_id);
