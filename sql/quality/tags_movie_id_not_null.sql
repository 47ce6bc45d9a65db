-- table: movies.tags
-- requires: tags, links
-- Scoped to the rows this load wrote (their xmin is the load's transaction): earlier runs' rows passed when they
-- were loaded and only a load writes them; a corrected crosswalk re-points ratings and tags in the load's
-- transaction, so those are checked too. Only those two sources lead a load to write them (requires): a run that
-- reads neither skips this scan.
SELECT user_id, movielens_id, tag FROM movies.tags
WHERE xmin = (SELECT current_setting('movielytics.load_xid')::xid) AND movie_id IS NULL;
