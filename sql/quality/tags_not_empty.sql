-- table: movies.tags
-- requires: tags
-- Returns one row when the table is empty after a run that read its sources.
SELECT 'tags is empty' AS problem WHERE NOT EXISTS (SELECT 1 FROM movies.tags);
