-- The rows of the fact tables once the load has written them, counted once for the checks that reconcile other
-- tables with them (sql/quality/users_reconcile.sql, movie_rating_stats_reconciles.sql,
-- reconciliation_keys_loaded.sql): at 10 M ratings each count is a scan of 0.6 s, 2.3 s right after a first load.
-- Counted by a sequential scan: with the load's random_page_cost (sql/run/tune_load.sql) the planner counts a
-- vacuumed table through an index instead, and after a delta has cleared the visibility of pages all over
-- movies.ratings, that index-only scan fetches most rows from the heap anyway (2.6-3.4 s at 10 M).
SET LOCAL enable_indexonlyscan = off;
CREATE TEMPORARY TABLE run_fact_rows ON COMMIT DROP AS
SELECT (SELECT count(*) FROM movies.ratings) AS ratings, (SELECT count(*) FROM movies.tags) AS tags;
RESET enable_indexonlyscan;
