-- table: movies.ratings
SELECT r.user_id, r.movielens_id, r.movie_id FROM movies.ratings r
WHERE r.movie_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM movies.movies m WHERE m.movie_id = r.movie_id);
