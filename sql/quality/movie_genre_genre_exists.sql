-- table: movies.movie_genre
-- references: genre_id -> movies.genre(genre_id)
SELECT mg.movie_id, mg.genre_id FROM movies.movie_genre mg
WHERE NOT EXISTS (SELECT 1 FROM movies.genre g WHERE g.genre_id = mg.genre_id);
