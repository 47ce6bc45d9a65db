-- Every user the run staged a rating or tag for (sql/run/note_touched.sql) is summarised again from the final
-- ratings and tags; other users cannot have changed.
DELETE FROM movies.users u USING run_touched_users t WHERE u.user_id = t.user_id;

INSERT INTO movies.users (user_id, first_active_at, last_active_at, ratings_count, tags_count)
SELECT user_id, min(first_at), max(last_at), sum(ratings)::integer, sum(tags)::integer
FROM (
  SELECT r.user_id, min(r.rated_at) AS first_at, max(r.rated_at) AS last_at, count(*) AS ratings, 0 AS tags
  FROM movies.ratings r JOIN run_touched_users t ON t.user_id = r.user_id
  GROUP BY r.user_id
  UNION ALL
  SELECT g.user_id, min(g.tagged_at), max(g.tagged_at), 0, count(*)
  FROM movies.tags g JOIN run_touched_users t ON t.user_id = g.user_id
  GROUP BY g.user_id
) activity
GROUP BY user_id;
