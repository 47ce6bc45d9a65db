-- One statement per batch of rows (StageRows): parameter 1 is the run, then one array per column, typed as
-- StagingTables declares it: numbers arrive in binary, the other columns as text cast here.
INSERT INTO movies_staging.genome_scores
  (run_id, source_file, record_number, movielens_id, tag_id, movie_id, relevance)
SELECT ?, source_file, record_number, movielens_id, tag_id, movie_id, relevance
FROM unnest(?::text[], ?::bigint[], ?::integer[], ?::integer[], ?::integer[], ?::double precision[])
  AS batch(source_file, record_number, movielens_id, tag_id, movie_id, relevance)
