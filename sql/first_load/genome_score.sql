-- movies.genome_score was empty when the load began (a first load): its keys are dropped and built after the
-- insert (sql/ddl/table_keys.sql), so the rows go in without ON CONFLICT; the last record wins within the run.
INSERT INTO movies.genome_score (movielens_id, tag_id, movie_id, relevance)
SELECT DISTINCT ON (movielens_id, tag_id) movielens_id, tag_id, movie_id, relevance
FROM movies_staging.genome_scores
WHERE run_id = (SELECT current_setting('movielytics.run_id'))
ORDER BY movielens_id, tag_id, source_file DESC, record_number DESC;
