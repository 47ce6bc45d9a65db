-- Per run and source: files and records read, rows staged, distinct keys loaded, duplicates merged, quarantined.
-- read = staged + quarantined and staged = loaded + duplicates are what the reconciliation checks hold to.
-- Records are counted by (source_file, record_number): a replayed staging batch is counted once. Distinct record
-- numbers and the big sources' keys are counted by count(DISTINCT ...) over one bigint, a sort: hashing 10 M
-- groups took 18-25 s where the sort takes 3-8 s (a hash table of 1.7 GB is slower to build than the sort).
CREATE OR REPLACE VIEW movies_staging.source_counts AS
WITH reads AS (
  SELECT run_id, source, count(DISTINCT source_file) AS files, sum(records) AS read
  FROM movies_staging.file_read GROUP BY run_id, source
), records AS (
  SELECT run_id, source, sum(records)::bigint AS staged FROM (
    SELECT run_id, 'movies_metadata' AS source, count(DISTINCT record_number) AS records
    FROM movies_staging.movies_metadata GROUP BY run_id, source_file
    UNION ALL
    SELECT run_id, 'movielens_movies', count(DISTINCT record_number)
    FROM movies_staging.movielens_movies GROUP BY run_id, source_file
    UNION ALL
    SELECT run_id, 'links', count(DISTINCT record_number)
    FROM movies_staging.links GROUP BY run_id, source_file
    UNION ALL
    SELECT run_id, 'ratings', count(DISTINCT record_number)
    FROM movies_staging.ratings GROUP BY run_id, source_file
    UNION ALL
    SELECT run_id, 'tags', count(DISTINCT record_number)
    FROM movies_staging.tags GROUP BY run_id, source_file
    UNION ALL
    SELECT run_id, 'genome_tags', count(DISTINCT record_number)
    FROM movies_staging.genome_tags GROUP BY run_id, source_file
    UNION ALL
    SELECT run_id, 'genome_scores', count(DISTINCT record_number)
    FROM movies_staging.genome_scores GROUP BY run_id, source_file
    UNION ALL
    SELECT run_id, 'cpi', count(DISTINCT record_number)
    FROM movies_staging.cpi GROUP BY run_id, source_file
  ) staged_records
  GROUP BY run_id, source
), keys AS (
  SELECT run_id, source, count(*) AS loaded FROM (
    SELECT run_id, 'movies_metadata' AS source FROM movies_staging.movies_metadata GROUP BY run_id, movie_id
    UNION ALL
    SELECT run_id, 'movielens_movies' FROM movies_staging.movielens_movies GROUP BY run_id, movielens_id
    UNION ALL
    SELECT run_id, 'links' FROM movies_staging.links GROUP BY run_id, movielens_id
    UNION ALL
    SELECT run_id, 'tags' FROM movies_staging.tags GROUP BY run_id, user_id, movielens_id, tag
    UNION ALL
    SELECT run_id, 'genome_tags' FROM movies_staging.genome_tags GROUP BY run_id, tag_id
    UNION ALL
    SELECT run_id, 'cpi' FROM movies_staging.cpi GROUP BY run_id, series_id, "month"
  ) staged_keys
  GROUP BY run_id, source
  UNION ALL
  -- The big sources' pairs of integer keys (NOT NULL) as one bigint each.
  SELECT run_id, 'ratings', count(DISTINCT (user_id::bigint << 32) | (movielens_id::bigint & 4294967295))
  FROM movies_staging.ratings GROUP BY run_id
  UNION ALL
  SELECT run_id, 'genome_scores', count(DISTINCT (movielens_id::bigint << 32) | (tag_id::bigint & 4294967295))
  FROM movies_staging.genome_scores GROUP BY run_id
), quarantined AS (
  SELECT run_id, source, count(*) AS quarantined FROM movies_staging.quarantine GROUP BY run_id, source
)
SELECT r.run_id, r.source, r.files, r.read,
       coalesce(s.staged, 0) AS staged,
       coalesce(k.loaded, 0) AS loaded,
       coalesce(s.staged, 0) - coalesce(k.loaded, 0) AS duplicates,
       coalesce(q.quarantined, 0) AS quarantined
FROM reads r
LEFT JOIN records s ON s.run_id = r.run_id AND s.source = r.source
LEFT JOIN keys k ON k.run_id = r.run_id AND k.source = r.source
LEFT JOIN quarantined q ON q.run_id = r.run_id AND q.source = r.source;
