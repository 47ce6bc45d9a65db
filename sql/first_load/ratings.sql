-- movies.ratings was empty when the load began (a first load): its keys are dropped and built after the insert
-- (sql/ddl/table_keys.sql), so the rows go in without ON CONFLICT; the latest rated_at wins within the run.
INSERT INTO movies.ratings (user_id, movielens_id, movie_id, rating, rated_at, rated_date)
SELECT DISTINCT ON (user_id, movielens_id)
  user_id, movielens_id, movie_id, rating, to_timestamp(rated_at_epoch),
  date '1970-01-01' + (rated_at_epoch / 86400)::integer
FROM movies_staging.ratings
WHERE run_id = (SELECT current_setting('movielytics.run_id'))
ORDER BY user_id, movielens_id, rated_at_epoch DESC, source_file DESC, record_number DESC;
