-- Whether the rating aggregates (sql/ddl/rating_aggregates.sql) are rebuilt rather than adjusted: when they are
-- empty (a first load, a full refresh, a crash, a warehouse loaded before they existed), when the load wrote
-- movies.ratings without keeping the rows it wrote (a first load of ratings, a full refresh: run_rebuilt_facts,
-- sql/upsert/ratings.sql), or when the run stages movies or links, which may move ratings between movies and
-- renumber the genres' bits.
SELECT NOT EXISTS (SELECT 1 FROM movies_staging.movie_rating_counts)
  OR EXISTS (SELECT 1 FROM run_rebuilt_facts WHERE table_name = 'ratings')
  OR (SELECT restaged FROM run_restages_movies)
