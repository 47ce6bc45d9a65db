-- table: movies.cpi
-- requires: cpi
-- Returns one row when the table is empty after a run that read its sources.
SELECT 'cpi is empty' AS problem WHERE NOT EXISTS (SELECT 1 FROM movies.cpi);
