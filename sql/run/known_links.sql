-- The crosswalk the warehouse already holds: an incremental run's MovieLens records link through it when the
-- run brings no links file, or a links file that does not list them.
SELECT movielens_id, imdb_id, movie_id FROM movies.movie_link
