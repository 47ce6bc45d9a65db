-- The MovieLens crosswalk: movie_id (TMDB) is NULL where MovieLens knows no TMDB movie.
CREATE TABLE IF NOT EXISTS movies.movie_link (
  movielens_id integer PRIMARY KEY,
  movie_id     integer,
  imdb_id      text                    -- as in links.csv, leading zeros kept
);
SELECT movies_staging.describe('movies.movie_link', NULL,
  'the MovieLens links crosswalk: MovieLens movie id to TMDB id (movie_id) and IMDb id');
SELECT movies_staging.describe('movies.movie_link', 'movie_id',
  'the TMDB id; NULL where MovieLens knows no TMDB movie');
SELECT movies_staging.describe('movies.movie_link', 'imdb_id', 'as in links.csv, leading zeros kept');
