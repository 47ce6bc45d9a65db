-- The MovieLens crosswalk: movie_id (TMDB) is NULL where MovieLens knows no TMDB movie.
CREATE TABLE IF NOT EXISTS movies.movie_link (
  movielens_id integer PRIMARY KEY,
  movie_id     integer,
  imdb_id      text                    -- as in links.csv, leading zeros kept
);
