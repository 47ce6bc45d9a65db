-- The plain-SQL baseline for the genome scores, step 1: COPY into text columns of an unlogged table.
DROP TABLE IF EXISTS raw_genome_scores;
CREATE UNLOGGED TABLE raw_genome_scores (movie_id text, tag_id text, relevance text);
