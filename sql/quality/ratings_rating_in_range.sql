-- table: movies.ratings
-- requires: ratings, links
-- Scoped to the rows this load wrote (run_written_ratings, sql/run/written_ratings_*.sql): earlier runs' rows
-- passed when they were loaded and only a load writes them; a corrected crosswalk re-points ratings and tags in
-- the load's transaction, so those are checked too. Only those two sources lead a load to write them (requires):
-- a run that reads neither skips this check.
-- A rating is one of the ten half stars from 0.5 to 5.0. Looked up in their list (hashed), not computed: at 10 M
-- ratings, 0.6 s instead of 1.8 s for the range and rating * 2 = trunc(rating * 2) in numeric arithmetic.
SELECT user_id, movielens_id, rating FROM run_written_ratings
WHERE NOT (rating = ANY ('{0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0}'::numeric[]));
