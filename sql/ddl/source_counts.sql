-- Per run and source: files and records read, rows staged, distinct keys loaded, duplicates merged, quarantined.
-- read = staged + quarantined and staged = loaded + duplicates are what the reconciliation checks hold to.
-- Records are counted by (source_file, record_number): a replayed staging batch is counted once.
CREATE OR REPLACE VIEW movies_staging.source_counts AS
WITH reads AS (
  SELECT run_id, source, count(*) AS files, sum(records) AS read
  FROM movies_staging.file_read GROUP BY run_id, source
), staged AS (
  SELECT run_id, 'movies_metadata' AS source,
         count(DISTINCT (source_file, record_number)) AS staged, count(DISTINCT movie_id) AS loaded
  FROM movies_staging.movies_metadata GROUP BY run_id
  UNION ALL
  SELECT run_id, 'movielens_movies',
         count(DISTINCT (source_file, record_number)), count(DISTINCT movielens_id)
  FROM movies_staging.movielens_movies GROUP BY run_id
  UNION ALL
  SELECT run_id, 'links',
         count(DISTINCT (source_file, record_number)), count(DISTINCT movielens_id)
  FROM movies_staging.links GROUP BY run_id
  UNION ALL
  SELECT run_id, 'ratings',
         count(DISTINCT (source_file, record_number)), count(DISTINCT (user_id, movielens_id))
  FROM movies_staging.ratings GROUP BY run_id
  UNION ALL
  SELECT run_id, 'tags',
         count(DISTINCT (source_file, record_number)), count(DISTINCT (user_id, movielens_id, tag))
  FROM movies_staging.tags GROUP BY run_id
  UNION ALL
  SELECT run_id, 'cpi',
         count(DISTINCT (source_file, record_number)), count(DISTINCT (series_id, "month"))
  FROM movies_staging.cpi GROUP BY run_id
), quarantined AS (
  SELECT run_id, source, count(*) AS quarantined FROM movies_staging.quarantine GROUP BY run_id, source
)
SELECT r.run_id, r.source, r.files, r.read,
       coalesce(s.staged, 0) AS staged,
       coalesce(s.loaded, 0) AS loaded,
       coalesce(s.staged, 0) - coalesce(s.loaded, 0) AS duplicates,
       coalesce(q.quarantined, 0) AS quarantined
FROM reads r
LEFT JOIN staged s ON s.run_id = r.run_id AND s.source = r.source
LEFT JOIN quarantined q ON q.run_id = r.run_id AND q.source = r.source;
