-- TMDB genres, plus the MovieLens genres with no TMDB twin (ids above 1,000,000).
CREATE TABLE IF NOT EXISTS movies.genre (
  genre_id   integer PRIMARY KEY,
  genre_name text NOT NULL UNIQUE
);
SELECT movies_staging.describe('movies.genre', NULL,
  'genres: TMDB''s, plus the MovieLens genres with no TMDB twin (ids above 1,000,000)');
