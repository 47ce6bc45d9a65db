-- table: movies.ratings
SELECT user_id, movielens_id, rating FROM movies.ratings
WHERE rating < 0.5 OR rating > 5.0 OR rating * 2 <> trunc(rating * 2);
