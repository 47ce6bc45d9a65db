-- table: movies.genre
-- The rating aggregates keep a user-year's genres as one bit per genre in a bigint
-- (sql/aggregates/genre_masks.sql), from which genre_popularity counts distinct raters: more than 63 genres would
-- not fit, so the run fails rather than count wrongly.
SELECT count(*) AS genres FROM movies.genre HAVING count(*) > 63;
