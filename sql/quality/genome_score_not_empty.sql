-- table: movies.genome_score
-- requires: genome_scores
-- Returns one row when the table is empty after a run that read its sources.
SELECT 'genome_score is empty' AS problem WHERE NOT EXISTS (SELECT 1 FROM movies.genome_score);
