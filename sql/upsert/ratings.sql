-- The latest rated_at wins, within the run and against what the warehouse already holds. A row is written only
-- when it changes, and the rows written are kept for the rest of the load (run_upserted_ratings,
-- sql/run/note_touched.sql), one per key, except in a full refresh: it writes every row anew, and what reads them
-- there rebuilds from movies.ratings instead (sql/upsert/users.sql, sql/aggregates/rebuilt.sql).
WITH upserted AS (
  INSERT INTO movies.ratings AS r (user_id, movielens_id, movie_id, rating, rated_at, rated_date)
  SELECT DISTINCT ON (user_id, movielens_id)
    user_id, movielens_id, movie_id, rating, to_timestamp(rated_at_epoch),
    date '1970-01-01' + (rated_at_epoch / 86400)::integer
  FROM movies_staging.ratings
  WHERE run_id = (SELECT current_setting('movielytics.run_id'))
  ORDER BY user_id, movielens_id, rated_at_epoch DESC, source_file DESC, record_number DESC
  ON CONFLICT (user_id, movielens_id) DO UPDATE SET
    movie_id = excluded.movie_id, rating = excluded.rating, rated_at = excluded.rated_at,
    rated_date = excluded.rated_date
  WHERE excluded.rated_at >= r.rated_at
    AND (r.movie_id, r.rating, r.rated_at) IS DISTINCT FROM (excluded.movie_id, excluded.rating, excluded.rated_at)
  RETURNING r.user_id, r.movielens_id, r.movie_id, r.rating, r.rated_at, r.rated_date
)
INSERT INTO run_upserted_ratings
SELECT * FROM upserted WHERE NOT EXISTS (SELECT 1 FROM run_rebuilt_facts WHERE table_name = 'ratings');
ANALYZE run_upserted_ratings;
