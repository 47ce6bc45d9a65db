-- table: movies.genome_tag
-- requires: genome_tags
-- Returns one row when the table is empty after a run that read its sources.
SELECT 'genome_tag is empty' AS problem WHERE NOT EXISTS (SELECT 1 FROM movies.genome_tag);
