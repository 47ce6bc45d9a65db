-- table: movies.movie_link
-- requires: links
-- Returns one row when the table is empty after a run that read its sources.
SELECT 'movie_link is empty' AS problem WHERE NOT EXISTS (SELECT 1 FROM movies.movie_link);
