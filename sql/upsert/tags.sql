-- A tag applied twice keeps its latest tagged_at.
INSERT INTO movies.tags AS t (user_id, movielens_id, tag, movie_id, tagged_at, tagged_date)
SELECT DISTINCT ON (user_id, movielens_id, tag)
  user_id, movielens_id, tag, movie_id, to_timestamp(tagged_at_epoch),
  date '1970-01-01' + (tagged_at_epoch / 86400)::integer
FROM movies_staging.tags
WHERE run_id = (SELECT current_setting('movielytics.run_id'))
ORDER BY user_id, movielens_id, tag, tagged_at_epoch DESC, source_file DESC, record_number DESC
ON CONFLICT (user_id, movielens_id, tag) DO UPDATE SET
  movie_id = excluded.movie_id, tagged_at = excluded.tagged_at, tagged_date = excluded.tagged_date
WHERE excluded.tagged_at >= t.tagged_at
  AND (t.movie_id, t.tagged_at) IS DISTINCT FROM (excluded.movie_id, excluded.tagged_at);
