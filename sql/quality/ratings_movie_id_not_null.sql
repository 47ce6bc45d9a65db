-- table: movies.ratings
SELECT user_id, movielens_id FROM movies.ratings WHERE movie_id IS NULL;
