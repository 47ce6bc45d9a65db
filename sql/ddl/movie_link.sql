-- The MovieLens crosswalk: movie_id (TMDB) is NULL where MovieLens knows no TMDB movie.
CREATE TABLE IF NOT EXISTS movies.movie_link (
  movielens_id integer PRIMARY KEY,
  movie_id     integer,
  imdb_id      text                    -- as in links.csv, leading zeros kept
);
COMMENT ON TABLE movies.movie_link IS
  'the MovieLens links crosswalk: MovieLens movie id to TMDB id (movie_id) and IMDb id';
COMMENT ON COLUMN movies.movie_link.movie_id IS 'the TMDB id; NULL where MovieLens knows no TMDB movie';
COMMENT ON COLUMN movies.movie_link.imdb_id IS 'as in links.csv, leading zeros kept';
