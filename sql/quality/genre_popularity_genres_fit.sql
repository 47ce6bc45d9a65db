-- table: movies.genre
-- sql/marts/genre_popularity.sql counts distinct raters with one bit per genre in a bigint: more than 63 genres
-- would not fit, so the run fails rather than count wrongly.
SELECT count(*) AS genres FROM movies.genre HAVING count(*) > 63;
