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
