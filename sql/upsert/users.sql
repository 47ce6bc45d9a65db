-- Every user the run staged a rating or tag for (sql/run/note_touched.sql) is brought up to date; other users
-- cannot have changed, and neither can a touched user none of whose ratings the upsert wrote (their staged ratings
-- were older or the same) and who has no staged tag. A user whose row can only have grown is adjusted from the
-- ratings the upsert wrote (run_upserted_ratings): their count grows by the keys it added, and their first and
-- last activity can only widen to those ratings (a re-rating is never older than the rating it replaces:
-- sql/upsert/ratings.sql). Any other touched user is summarised again from all their ratings and tags: one with
-- staged tags (tags are not tracked row by row), one new to the dimension, one whose replaced rating was their
-- first or last activity and has moved, and every one whose ratings the load wrote without keeping them (a first
-- load of movies.ratings, a full refresh). At 10 M ratings a 1% delta touches about half the users, whose
-- summaries from all their ratings took 2.2-2.5 s. The users summarised again are passed as an array, so that
-- their few ratings are reached through the index rather than by a scan of every rating.
CREATE TEMPORARY TABLE run_user_ratings ON COMMIT DROP AS
SELECT w.user_id, count(*) - count(o.user_id) AS new_keys,
       min(w.rated_at) AS first_written_at, max(w.rated_at) AS last_written_at,
       coalesce(bool_or(o.rated_at <> w.rated_at AND o.rated_at IN (u.first_active_at, u.last_active_at)), false)
         AS edge_moved
FROM run_upserted_ratings w
JOIN movies.users u USING (user_id)
LEFT JOIN run_replaced_ratings o USING (user_id, movielens_id)
GROUP BY w.user_id;

CREATE TEMPORARY TABLE run_users_summarised ON COMMIT DROP AS
SELECT user_id FROM (
  SELECT user_id FROM run_upserted_ratings
  UNION
  SELECT user_id FROM run_touched_users WHERE EXISTS (SELECT 1 FROM run_rebuilt_facts WHERE table_name = 'ratings')
  EXCEPT
  SELECT user_id FROM run_user_ratings WHERE NOT edge_moved
) not_adjustable
UNION
SELECT user_id FROM movies_staging.tags WHERE run_id = (SELECT current_setting('movielytics.run_id'));
ANALYZE run_users_summarised;

UPDATE movies.users u
SET ratings_count = u.ratings_count + a.new_keys::integer,
    first_active_at = least(u.first_active_at, a.first_written_at),
    last_active_at = greatest(u.last_active_at, a.last_written_at)
FROM run_user_ratings a
WHERE a.user_id = u.user_id
  AND NOT EXISTS (SELECT 1 FROM run_users_summarised m WHERE m.user_id = a.user_id);

DELETE FROM movies.users u USING run_users_summarised t WHERE u.user_id = t.user_id;

INSERT INTO movies.users (user_id, first_active_at, last_active_at, ratings_count, tags_count)
SELECT user_id, min(first_at), max(last_at), sum(ratings)::integer, sum(tags)::integer
FROM (
  SELECT r.user_id, min(r.rated_at) AS first_at, max(r.rated_at) AS last_at, count(*) AS ratings, 0 AS tags
  FROM movies.ratings r WHERE r.user_id = ANY (ARRAY(SELECT user_id FROM run_users_summarised))
  GROUP BY r.user_id
  UNION ALL
  SELECT g.user_id, min(g.tagged_at), max(g.tagged_at), 0, count(*)
  FROM movies.tags g WHERE g.user_id = ANY (ARRAY(SELECT user_id FROM run_users_summarised))
  GROUP BY g.user_id
) activity
GROUP BY user_id;
