-- The MovieLens tag genome's tags (genome-tags.csv), a dimension of movies.genome_score.
CREATE TABLE IF NOT EXISTS movies.genome_tag (
  tag_id integer PRIMARY KEY,
  tag    text NOT NULL
);
COMMENT ON TABLE movies.genome_tag IS 'the tags of the MovieLens tag genome (genome-tags.csv)';
COMMENT ON COLUMN movies.genome_tag.tag_id IS 'the MovieLens tagId';
COMMENT ON COLUMN movies.genome_tag.tag IS 'the tag, as the genome names it';
