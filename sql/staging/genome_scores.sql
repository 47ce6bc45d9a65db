-- One statement per batch of rows (StageRows): parameter 1 is the run, then one text array per column.
INSERT INTO movies_staging.genome_scores
  (run_id, source_file, record_number, movielens_id, tag_id, movie_id, relevance)
SELECT ?, source_file, record_number::bigint, movielens_id::integer, tag_id::integer, movie_id::integer,
       relevance::double precision
FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
  AS batch(source_file, record_number, movielens_id, tag_id, movie_id, relevance)
