-- table: movies.tags
SELECT user_id, movielens_id, tag FROM movies.tags WHERE movie_id IS NULL;
