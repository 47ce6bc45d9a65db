-- The plain-SQL delta baseline, step 2: the day's ratings upserted, a later rating winning.
INSERT INTO ratings AS r (user_id, movielens_id, rating, rated_at)
SELECT DISTINCT ON (user_id::int, movie_id::int) user_id::int, movie_id::int, rating::numeric(2,1),
       to_timestamp(rated_at_epoch::bigint)
FROM delta_ratings
ORDER BY user_id::int, movie_id::int, rated_at_epoch::bigint DESC
ON CONFLICT (user_id, movielens_id) DO UPDATE SET rating = excluded.rating, rated_at = excluded.rated_at
WHERE excluded.rated_at >= r.rated_at;
