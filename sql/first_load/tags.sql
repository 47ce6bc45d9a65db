-- movies.tags was empty when the load began (a first load): its keys are dropped and built after the insert
-- (sql/ddl/table_keys.sql), so the rows go in without ON CONFLICT; the latest tagged_at wins within the run.
INSERT INTO movies.tags (user_id, movielens_id, tag, movie_id, tagged_at, tagged_date)
SELECT DISTINCT ON (user_id, movielens_id, tag)
  user_id, movielens_id, tag, movie_id, to_timestamp(tagged_at_epoch),
  date '1970-01-01' + (tagged_at_epoch / 86400)::integer
FROM movies_staging.tags
WHERE run_id = (SELECT current_setting('movielytics.run_id'))
ORDER BY user_id, movielens_id, tag, tagged_at_epoch DESC, source_file DESC, record_number DESC;
