-- table: movies.ratings
-- requires: ratings
-- Returns one row when the table is empty after a run that read its sources.
SELECT 'ratings is empty' AS problem WHERE NOT EXISTS (SELECT 1 FROM movies.ratings);
