-- The rows of movies.ratings this load wrote, for the quality checks scoped to them (sql/quality/ratings_*.sql),
-- in a load where other statements than the ratings upsert may have written some (a first load, a full refresh, a
-- crosswalk that re-points ratings: sql/upsert/movie_link.sql): the rows whose xmin is the load's transaction,
-- found by a scan on parallel workers (the setting is parallel safe: sql/run/tune_load.sql).
CREATE OR REPLACE TEMPORARY VIEW run_written_ratings AS
SELECT user_id, movielens_id, movie_id, rating, rated_date FROM movies.ratings
WHERE xmin = (SELECT current_setting('movielytics.load_xid')::xid);
