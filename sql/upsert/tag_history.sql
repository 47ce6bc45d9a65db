-- Type-2 history of movies.tags, kept in the load's transaction by comparing the current tags with the current
-- versions: a version whose tag changed (a later re-tag, another movie through the crosswalk) or is gone (only
-- a --fullRefresh removes tags) is closed, and every tag without a current version gets one. A rerun, or a file
-- whose rows are already loaded, changes no tag and so makes no version. The whole table is compared, not only
-- the rows the run wrote, since a full refresh rewrites every row and a tag's xmin cannot tell a change from a
-- rewrite; tags are a small table beside ratings. Only the tags and links sources make a load write tags
-- (sql/upsert/movie_link.sql re-points them): a run that reads neither skips the comparison (1 s at 333 k tags).
-- requires: tags, links
UPDATE movies.tag_history h SET valid_to = now()
WHERE h.valid_to IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM movies.tags t
    WHERE t.user_id = h.user_id AND t.movielens_id = h.movielens_id AND t.tag = h.tag
      AND (t.movie_id, t.tagged_at, t.tagged_date) IS NOT DISTINCT FROM (h.movie_id, h.tagged_at, h.tagged_date));

INSERT INTO movies.tag_history
  (user_id, movielens_id, tag, movie_id, tagged_at, tagged_date, valid_from, valid_to, run_id)
SELECT t.user_id, t.movielens_id, t.tag, t.movie_id, t.tagged_at, t.tagged_date, now(), NULL,
       current_setting('movielytics.run_id')
FROM movies.tags t
WHERE NOT EXISTS (
  SELECT 1 FROM movies.tag_history h
  WHERE h.user_id = t.user_id AND h.movielens_id = t.movielens_id AND h.tag = t.tag AND h.valid_to IS NULL);
