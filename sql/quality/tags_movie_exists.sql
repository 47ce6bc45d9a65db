-- table: movies.tags
SELECT t.user_id, t.movielens_id, t.tag, t.movie_id FROM movies.tags t
WHERE t.movie_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM movies.movies m WHERE m.movie_id = t.movie_id);
