-- table: movies.tag_history
-- references: user_id, movielens_id, tag -> movies.tags(user_id, movielens_id, tag)
-- A tag's versions follow one another: at most one is current (also held by the tag_history_current index), none
-- starts before the previous one ends, and the current one matches movies.tags. Scoped to the tags this load
-- versioned: only a load writes versions, and earlier loads checked theirs.
WITH versioned AS (
  SELECT DISTINCT user_id, movielens_id, tag FROM movies.tag_history WHERE valid_from = now() OR valid_to = now()
), versions AS (
  SELECT h.user_id, h.movielens_id, h.tag, h.valid_from, h.valid_to,
         lead(h.valid_from) OVER w AS next_from, count(*) FILTER (WHERE h.valid_to IS NULL) OVER k AS current
  FROM movies.tag_history h JOIN versioned USING (user_id, movielens_id, tag)
  WINDOW w AS (PARTITION BY h.user_id, h.movielens_id, h.tag ORDER BY h.valid_from),
         k AS (PARTITION BY h.user_id, h.movielens_id, h.tag)
)
SELECT user_id, movielens_id, tag, valid_from, valid_to, current AS current_versions FROM versions
WHERE current > 1
   OR (next_from IS NOT NULL AND valid_to IS DISTINCT FROM next_from)
   OR (next_from IS NULL AND valid_to IS NULL AND NOT EXISTS (
         SELECT 1 FROM movies.tags t
         WHERE (t.user_id, t.movielens_id, t.tag) = (versions.user_id, versions.movielens_id, versions.tag)));
