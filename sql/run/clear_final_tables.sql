-- --fullRefresh: the final tables are rebuilt from the run's files in the load's transaction. DELETE rather than
-- TRUNCATE: readers keep seeing the previous tables (MVCC) until the rebuilt ones commit, instead of waiting.
DELETE FROM movies.movie_genre;
DELETE FROM movies.ratings;
DELETE FROM movies.tags;
DELETE FROM movies.genome_score;
DELETE FROM movies.genome_tag;
DELETE FROM movies.movie_link;
DELETE FROM movies.movies;
DELETE FROM movies.genre;
DELETE FROM movies.cpi;
DELETE FROM movies."date";
DELETE FROM movies.users;
DELETE FROM movies.movie_rating_stats;
DELETE FROM movies.genre_popularity;
DELETE FROM movies_staging.movie_rating_counts;
DELETE FROM movies_staging.movie_year_ratings;
DELETE FROM movies_staging.user_year_genres;
DELETE FROM movies_staging.genre_year_ratings;
