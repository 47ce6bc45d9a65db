-- One row per TMDB movie: from movies_metadata when TMDB knows it, else from MovieLens movies.csv.
CREATE TABLE IF NOT EXISTS movies.movies (
  movie_id          integer PRIMARY KEY,
  imdb_id           text,
  title             text NOT NULL,
  original_title    text,
  original_language text,
  is_adult          boolean,
  release_date      date,
  release_year      smallint,
  budget            bigint,            -- NULL where the source says 0 (unknown)
  revenue           bigint,            -- NULL where the source says 0 (unknown)
  runtime_minutes   numeric(6,1),
  popularity        double precision,
  vote_average      numeric(3,1),
  vote_count        integer,
  status            text,
  collection_name   text,
  source            text NOT NULL CHECK (source IN ('tmdb', 'movielens'))
);
SELECT movies_staging.describe('movies.movies', NULL,
  'the movie dimension: one row per TMDB movie, from TMDB movies_metadata where TMDB knows it, else from MovieLens '
  'movies.csv (source says which)');
SELECT movies_staging.describe('movies.movies', 'movie_id', 'the TMDB id, the key every fact references');
SELECT movies_staging.describe('movies.movies', 'imdb_id', 'the IMDb id (tt0114709)');
SELECT movies_staging.describe('movies.movies', 'release_date',
  'first release date; NULL where unknown (movies.date holds it)');
SELECT movies_staging.describe('movies.movies', 'release_year',
  'year of release_date, or MovieLens''s year from the title');
SELECT movies_staging.describe('movies.movies', 'budget', 'US$, nominal; NULL where the source says 0 (unknown)');
SELECT movies_staging.describe('movies.movies', 'revenue',
  'US$ box office, nominal; NULL where the source says 0 (unknown)');
SELECT movies_staging.describe('movies.movies', 'vote_average', 'TMDB''s average vote (0-10), not MovieLens ratings');
SELECT movies_staging.describe('movies.movies', 'collection_name',
  'the TMDB collection (franchise) the movie belongs to');
SELECT movies_staging.describe('movies.movies', 'source', 'tmdb or movielens: which source described the movie');
