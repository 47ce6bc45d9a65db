-- The MovieLens tag genome's scores (genome-scores.csv): a fact per MovieLens movie and genome tag. Keyed by
-- the MovieLens id, as ratings are, since two MovieLens ids may share a TMDB id. Foreign keys are enforced by
-- the quality checks (sql/quality), which name the offending keys.
CREATE TABLE IF NOT EXISTS movies.genome_score (
  movielens_id integer NOT NULL,
  tag_id       integer NOT NULL,
  movie_id     integer NOT NULL,
  relevance    double precision NOT NULL,
  PRIMARY KEY (movielens_id, tag_id)
);
CREATE INDEX IF NOT EXISTS genome_score_movie_id ON movies.genome_score (movie_id);
SELECT movies_staging.describe('movies.genome_score', NULL,
  'how strongly each genome tag applies to a movie (genome-scores.csv): one row per MovieLens movie and tag');
SELECT movies_staging.describe('movies.genome_score', 'movielens_id', 'the MovieLens movieId of the file');
SELECT movies_staging.describe('movies.genome_score', 'tag_id', 'the genome tag (movies.genome_tag)');
SELECT movies_staging.describe('movies.genome_score', 'movie_id',
  'the TMDB id (movies.movies), through the links crosswalk');
SELECT movies_staging.describe('movies.genome_score', 'relevance', 'relevance of the tag to the movie, from 0 to 1');
