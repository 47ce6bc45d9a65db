-- The last record of a (movie, tag) wins, within the run and over what the warehouse holds: genome files carry
-- no timestamps, so a later file is a correction. Unchanged rows are not rewritten.
INSERT INTO movies.genome_score AS g (movielens_id, tag_id, movie_id, relevance)
SELECT DISTINCT ON (movielens_id, tag_id) movielens_id, tag_id, movie_id, relevance
FROM movies_staging.genome_scores
WHERE run_id = (SELECT current_setting('movielytics.run_id'))
ORDER BY movielens_id, tag_id, source_file DESC, record_number DESC
ON CONFLICT (movielens_id, tag_id) DO UPDATE SET movie_id = excluded.movie_id, relevance = excluded.relevance
WHERE (g.movie_id, g.relevance) IS DISTINCT FROM (excluded.movie_id, excluded.relevance);
