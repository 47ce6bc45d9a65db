-- The plain-SQL baseline for the genome scores, step 2: typed rows into a fresh table, one record per key,
-- keys built after.
DROP TABLE IF EXISTS genome_score;
CREATE TABLE genome_score (movielens_id integer NOT NULL, tag_id integer NOT NULL, relevance double precision NOT NULL);
INSERT INTO genome_score (movielens_id, tag_id, relevance)
SELECT DISTINCT ON (movie_id::int, tag_id::int) movie_id::int, tag_id::int, relevance::float8
FROM raw_genome_scores
ORDER BY movie_id::int, tag_id::int;
ALTER TABLE genome_score ADD PRIMARY KEY (movielens_id, tag_id);
CREATE INDEX genome_score_movie_id ON genome_score (movielens_id);
