-- The run's changes to movies.ratings, which adjust the rating aggregates: each row the upsert wrote
-- (run_upserted_ratings, only rows that changed: sql/upsert/ratings.sql) counts in (sign 1) and the row it
-- replaced (run_replaced_ratings, sql/run/note_touched.sql) counts out (sign -1). The run stages no links, so no
-- other row of movies.ratings moved, and the upsert wrote every row the run changed: a first load or a full
-- refresh rebuilds the aggregates instead (sql/aggregates/rebuilt.sql).
CREATE TEMPORARY TABLE run_rating_changes ON COMMIT DROP AS
SELECT w.user_id, w.movie_id, w.rating, w.rated_at, extract(year FROM w.rated_date)::smallint AS "year", 1 AS sign
FROM run_upserted_ratings w
UNION ALL
SELECT o.user_id, o.movie_id, o.rating, o.rated_at, extract(year FROM o.rated_date)::smallint, -1
FROM run_upserted_ratings w JOIN run_replaced_ratings o USING (user_id, movielens_id);
ANALYZE run_rating_changes;
