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
COMMENT ON TABLE movies.movies IS
  'the movie dimension: one row per TMDB movie, from TMDB movies_metadata where TMDB knows it, else from MovieLens '
  'movies.csv (source says which)';
COMMENT ON COLUMN movies.movies.movie_id IS 'the TMDB id, the key every fact references';
COMMENT ON COLUMN movies.movies.imdb_id IS 'the IMDb id (tt0114709)';
COMMENT ON COLUMN movies.movies.release_date IS 'first release date; NULL where unknown (movies.date holds it)';
COMMENT ON COLUMN movies.movies.release_year IS 'year of release_date, or MovieLens''s year from the title';
COMMENT ON COLUMN movies.movies.budget IS 'US$, nominal; NULL where the source says 0 (unknown)';
COMMENT ON COLUMN movies.movies.revenue IS 'US$ box office, nominal; NULL where the source says 0 (unknown)';
COMMENT ON COLUMN movies.movies.vote_average IS 'TMDB''s average vote (0-10), not MovieLens ratings';
COMMENT ON COLUMN movies.movies.collection_name IS 'the TMDB collection (franchise) the movie belongs to';
COMMENT ON COLUMN movies.movies.source IS 'tmdb or movielens: which source described the movie';
