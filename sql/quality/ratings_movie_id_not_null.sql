-- table: movies.ratings
-- requires: ratings, links
-- Scoped to the rows this load wrote (run_written_ratings, sql/run/written_ratings_*.sql): earlier runs' rows
-- passed when they were loaded and only a load writes them; a corrected crosswalk re-points ratings and tags in
-- the load's transaction, so those are checked too. Only those two sources lead a load to write them (requires):
-- a run that reads neither skips this check.
SELECT user_id, movielens_id FROM run_written_ratings WHERE movie_id IS NULL;
