-- The genome tags the warehouse already holds: an incremental run's genome scores may refer to them when the run
-- brings no genome-tags file.
SELECT tag_id, tag FROM movies.genome_tag
