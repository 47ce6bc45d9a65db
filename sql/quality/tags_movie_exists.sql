-- table: movies.tags
-- references: movie_id -> movies.movies(movie_id)
-- requires: tags, links
-- Scoped to the rows this load wrote (their xmin is the load's transaction): earlier runs' rows passed when they
-- were loaded and only a load writes them; a corrected crosswalk re-points ratings and tags in the load's
-- transaction, so those are checked too. Only those two sources lead a load to write them (requires): a run that
-- reads neither skips this scan.
SELECT t.user_id, t.movielens_id, t.tag, t.movie_id FROM movies.tags t
WHERE t.xmin = (SELECT current_setting('movielytics.load_xid')::xid)
  AND t.movie_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM movies.movies m WHERE m.movie_id = t.movie_id);
