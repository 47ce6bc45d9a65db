-- The rows of movies.ratings this load wrote, for the quality checks scoped to them (sql/quality/ratings_*.sql),
-- in a load whose rating aggregates were adjusted (sql/aggregates/rebuilt.sql): the ratings upsert was then the
-- only statement to write movies.ratings (no first load, no full refresh, no crosswalk that re-points ratings), and
-- it kept what it wrote (run_upserted_ratings, sql/upsert/ratings.sql). At 10 M ratings, each check reads a 1%
-- delta's rows there instead of scanning every rating for their xmin (0.4-0.9 s each).
CREATE OR REPLACE TEMPORARY VIEW run_written_ratings AS
SELECT user_id, movielens_id, movie_id, rating, rated_date FROM run_upserted_ratings;
