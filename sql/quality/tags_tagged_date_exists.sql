-- table: movies.tags
SELECT t.user_id, t.movielens_id, t.tag, t.tagged_date FROM movies.tags t
WHERE NOT EXISTS (SELECT 1 FROM movies."date" d WHERE d."date" = t.tagged_date);
