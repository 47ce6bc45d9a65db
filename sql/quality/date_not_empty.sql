-- table: movies.date
-- requires: movies_metadata, ratings, tags
-- Returns one row when the table is empty after a run that read its sources.
SELECT 'date is empty' AS problem WHERE NOT EXISTS (SELECT 1 FROM movies."date");
