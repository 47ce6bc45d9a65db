-- The run's changes to movies.ratings, which adjust the rating aggregates: each row the upsert wrote counts in
-- (sign 1) and the row it replaced (run_replaced_ratings, sql/run/note_touched.sql) counts out (sign -1). A staged
-- rating that changed nothing (older, or the same) is no change. The run stages no links, so no other row of
-- movies.ratings moved (sql/aggregates/rebuilt.sql).
CREATE TEMPORARY TABLE run_rating_changes ON COMMIT DROP AS
WITH written AS (
  SELECT r.user_id, r.movielens_id, r.movie_id, r.rating, r.rated_at, r.rated_date
  FROM (
    SELECT DISTINCT user_id, movielens_id FROM movies_staging.ratings
    WHERE run_id = (SELECT current_setting('movielytics.run_id'))
  ) staged
  JOIN movies.ratings r USING (user_id, movielens_id)
)
SELECT w.user_id, w.movie_id, w.rating, w.rated_at, extract(year FROM w.rated_date)::smallint AS "year", 1 AS sign
FROM written w LEFT JOIN run_replaced_ratings o USING (user_id, movielens_id)
WHERE (o.movie_id, o.rating, o.rated_at) IS DISTINCT FROM (w.movie_id, w.rating, w.rated_at)
UNION ALL
SELECT o.user_id, o.movie_id, o.rating, o.rated_at, extract(year FROM o.rated_date)::smallint, -1
FROM written w JOIN run_replaced_ratings o USING (user_id, movielens_id)
WHERE (o.movie_id, o.rating, o.rated_at) IS DISTINCT FROM (w.movie_id, w.rating, w.rated_at);
ANALYZE run_rating_changes;
