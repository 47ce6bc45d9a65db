-- The MovieLens tag genome's tags (genome-tags.csv), a dimension of movies.genome_score.
CREATE TABLE IF NOT EXISTS movies.genome_tag (
  tag_id integer PRIMARY KEY,
  tag    text NOT NULL
);
SELECT movies_staging.describe('movies.genome_tag', NULL, 'the tags of the MovieLens tag genome (genome-tags.csv)');
SELECT movies_staging.describe('movies.genome_tag', 'tag_id', 'the MovieLens tagId');
SELECT movies_staging.describe('movies.genome_tag', 'tag', 'the tag, as the genome names it');
