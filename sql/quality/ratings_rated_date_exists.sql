-- table: movies.ratings
SELECT r.user_id, r.movielens_id, r.rated_date FROM movies.ratings r
WHERE NOT EXISTS (SELECT 1 FROM movies."date" d WHERE d."date" = r.rated_date);
