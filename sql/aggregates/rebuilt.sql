-- Whether the rating aggregates (sql/ddl/rating_aggregates.sql) are rebuilt rather than adjusted: when they are
-- empty (a first load, a full refresh, a crash, a warehouse loaded before they existed) or when the run stages
-- movies or links, which may move ratings between movies and renumber the genres' bits.
SELECT NOT EXISTS (SELECT 1 FROM movies_staging.movie_rating_counts) OR (SELECT restaged FROM run_restages_movies)
