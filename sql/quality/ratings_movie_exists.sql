-- table: movies.ratings
-- references: movie_id -> movies.movies(movie_id)
-- requires: ratings, links
-- Scoped to the rows this load wrote (run_written_ratings, sql/run/written_ratings_*.sql): earlier runs' rows
-- passed when they were loaded and only a load writes them; a corrected crosswalk re-points ratings and tags in
-- the load's transaction, so those are checked too. Only those two sources lead a load to write them (requires):
-- a run that reads neither skips this check.
SELECT r.user_id, r.movielens_id, r.movie_id FROM run_written_ratings r
WHERE r.movie_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM movies.movies m WHERE m.movie_id = r.movie_id);
