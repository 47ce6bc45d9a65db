CREATE TABLE IF NOT EXISTS movies.movie_genre (
  movie_id integer NOT NULL,
  genre_id integer NOT NULL,
  PRIMARY KEY (movie_id, genre_id)
);
SELECT movies_staging.describe('movies.movie_genre', NULL, 'which genres a movie has (a movie may have several)');
