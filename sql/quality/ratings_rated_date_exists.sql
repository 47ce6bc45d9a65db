-- table: movies.ratings
-- references: rated_date -> movies.date(date)
-- requires: ratings, links
-- Scoped to the rows this load wrote (their xmin is the load's transaction): earlier runs' rows passed when they
-- were loaded and only a load writes them; a corrected crosswalk re-points ratings and tags in the load's
-- transaction, so those are checked too. Only those two sources lead a load to write them (requires): a run that
-- reads neither skips this scan.
SELECT r.user_id, r.movielens_id, r.rated_date FROM movies.ratings r
WHERE r.xmin = (SELECT current_setting('movielytics.load_xid')::xid)
  AND NOT EXISTS (SELECT 1 FROM movies."date" d WHERE d."date" = r.rated_date);
