-- The run's counts per source, computed once per load: the reject-ratio gate, the reconciliation checks and the
-- run record (movies.etl_run.source_counts) read them. Files and records read, rows staged, distinct keys loaded,
-- duplicates merged, quarantined: read = staged + quarantined and staged = loaded + duplicates are what the
-- reconciliation checks hold to.
-- Records are counted once however often a runner replayed their staging batch. Every staging statement notes
-- its batch (movies_staging.staged_batch: file, first and last record number, rows); a replay notes the same
-- batch again. Where a source's distinct batches are disjoint ranges, its records are the sum of their rows: at
-- 10 M ratings and 6 M genome scores this replaces two sorts of every staged record (about 10 s). A source with
-- overlapping batches (a replay cut differently from the first attempt) is counted by distinct (source_file,
-- record_number) in its staging table instead. Distinct record numbers and the big sources' keys are counted by
-- count(DISTINCT ...), a sort: hashing 10 M groups took 18-25 s where the sort takes 3-8 s (a hash table of
-- 1.7 GB is slower to build than the sort). The run's files are numbered so that the record sort compares two
-- bigints instead of the file's URI and a bigint.
CREATE TEMPORARY TABLE run_source_counts ON COMMIT DROP AS
WITH run_files AS MATERIALIZED (
  SELECT source_file, row_number() OVER (ORDER BY source_file) AS file_number
  FROM (SELECT DISTINCT source_file FROM movies_staging.file_read
    WHERE run_id = (SELECT current_setting('movielytics.run_id'))) read_files
), reads AS (
  SELECT source, count(DISTINCT source_file) AS files, sum(records) AS read
  FROM movies_staging.file_read WHERE run_id = (SELECT current_setting('movielytics.run_id')) GROUP BY source
), batches AS MATERIALIZED (
  SELECT DISTINCT source, source_file, first_record, last_record, records
  FROM movies_staging.staged_batch WHERE run_id = (SELECT current_setting('movielytics.run_id'))
), overlapping AS MATERIALIZED (
  SELECT DISTINCT source FROM (
    SELECT source, first_record,
           max(last_record) OVER (PARTITION BY source, source_file ORDER BY first_record, last_record
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reached
    FROM batches
  ) ordered
  WHERE first_record <= reached
), records AS (
  SELECT source, sum(records)::bigint AS staged FROM batches
  WHERE source NOT IN (SELECT source FROM overlapping)
  GROUP BY source
  UNION ALL
  SELECT source, sum(records)::bigint AS staged FROM (
    SELECT 'movies_metadata' AS source, count(DISTINCT s.record_number) AS records
    FROM movies_staging.movies_metadata s LEFT JOIN run_files f USING (source_file)
    WHERE s.run_id = (SELECT current_setting('movielytics.run_id'))
      AND EXISTS (SELECT 1 FROM overlapping WHERE source = 'movies_metadata')
    GROUP BY f.file_number
    UNION ALL
    SELECT 'movielens_movies' AS source, count(DISTINCT s.record_number) AS records
    FROM movies_staging.movielens_movies s LEFT JOIN run_files f USING (source_file)
    WHERE s.run_id = (SELECT current_setting('movielytics.run_id'))
      AND EXISTS (SELECT 1 FROM overlapping WHERE source = 'movielens_movies')
    GROUP BY f.file_number
    UNION ALL
    SELECT 'links' AS source, count(DISTINCT s.record_number) AS records
    FROM movies_staging.links s LEFT JOIN run_files f USING (source_file)
    WHERE s.run_id = (SELECT current_setting('movielytics.run_id'))
      AND EXISTS (SELECT 1 FROM overlapping WHERE source = 'links')
    GROUP BY f.file_number
    UNION ALL
    SELECT 'ratings' AS source, count(DISTINCT s.record_number) AS records
    FROM movies_staging.ratings s LEFT JOIN run_files f USING (source_file)
    WHERE s.run_id = (SELECT current_setting('movielytics.run_id'))
      AND EXISTS (SELECT 1 FROM overlapping WHERE source = 'ratings')
    GROUP BY f.file_number
    UNION ALL
    SELECT 'tags' AS source, count(DISTINCT s.record_number) AS records
    FROM movies_staging.tags s LEFT JOIN run_files f USING (source_file)
    WHERE s.run_id = (SELECT current_setting('movielytics.run_id'))
      AND EXISTS (SELECT 1 FROM overlapping WHERE source = 'tags')
    GROUP BY f.file_number
    UNION ALL
    SELECT 'genome_tags' AS source, count(DISTINCT s.record_number) AS records
    FROM movies_staging.genome_tags s LEFT JOIN run_files f USING (source_file)
    WHERE s.run_id = (SELECT current_setting('movielytics.run_id'))
      AND EXISTS (SELECT 1 FROM overlapping WHERE source = 'genome_tags')
    GROUP BY f.file_number
    UNION ALL
    SELECT 'genome_scores' AS source, count(DISTINCT s.record_number) AS records
    FROM movies_staging.genome_scores s LEFT JOIN run_files f USING (source_file)
    WHERE s.run_id = (SELECT current_setting('movielytics.run_id'))
      AND EXISTS (SELECT 1 FROM overlapping WHERE source = 'genome_scores')
    GROUP BY f.file_number
    UNION ALL
    SELECT 'cpi' AS source, count(DISTINCT s.record_number) AS records
    FROM movies_staging.cpi s LEFT JOIN run_files f USING (source_file)
    WHERE s.run_id = (SELECT current_setting('movielytics.run_id'))
      AND EXISTS (SELECT 1 FROM overlapping WHERE source = 'cpi')
    GROUP BY f.file_number
  ) staged_records
  GROUP BY source
), keys AS (
  SELECT 'movies_metadata' AS source, count(*) AS loaded
  FROM (SELECT FROM movies_staging.movies_metadata
      WHERE run_id = (SELECT current_setting('movielytics.run_id')) GROUP BY movie_id) staged_keys
  UNION ALL
  SELECT 'movielens_movies' AS source, count(*) AS loaded
  FROM (SELECT FROM movies_staging.movielens_movies
      WHERE run_id = (SELECT current_setting('movielytics.run_id')) GROUP BY movielens_id) staged_keys
  UNION ALL
  SELECT 'links' AS source, count(*) AS loaded
  FROM (SELECT FROM movies_staging.links
      WHERE run_id = (SELECT current_setting('movielytics.run_id')) GROUP BY movielens_id) staged_keys
  UNION ALL
  SELECT 'tags' AS source, count(*) AS loaded
  FROM (SELECT FROM movies_staging.tags
      WHERE run_id = (SELECT current_setting('movielytics.run_id')) GROUP BY user_id, movielens_id, tag) staged_keys
  UNION ALL
  SELECT 'genome_tags' AS source, count(*) AS loaded
  FROM (SELECT FROM movies_staging.genome_tags
      WHERE run_id = (SELECT current_setting('movielytics.run_id')) GROUP BY tag_id) staged_keys
  UNION ALL
  SELECT 'cpi' AS source, count(*) AS loaded
  FROM (SELECT FROM movies_staging.cpi
      WHERE run_id = (SELECT current_setting('movielytics.run_id')) GROUP BY series_id, "month") staged_keys
  UNION ALL
  -- The big sources' pairs of integer keys (NOT NULL) as one bigint each.
  SELECT 'ratings', count(DISTINCT (user_id::bigint << 32) | (movielens_id::bigint & 4294967295))
  FROM movies_staging.ratings WHERE run_id = (SELECT current_setting('movielytics.run_id'))
  UNION ALL
  SELECT 'genome_scores', count(DISTINCT (movielens_id::bigint << 32) | (tag_id::bigint & 4294967295))
  FROM movies_staging.genome_scores WHERE run_id = (SELECT current_setting('movielytics.run_id'))
), quarantined AS (
  SELECT source, count(*) AS quarantined FROM movies_staging.quarantine
    WHERE run_id = (SELECT current_setting('movielytics.run_id')) GROUP BY source
)
SELECT r.source, r.files, r.read,
       coalesce(s.staged, 0) AS staged,
       coalesce(k.loaded, 0) AS loaded,
       coalesce(s.staged, 0) - coalesce(k.loaded, 0) AS duplicates,
       coalesce(q.quarantined, 0) AS quarantined
FROM reads r
LEFT JOIN records s USING (source)
LEFT JOIN keys k USING (source)
LEFT JOIN quarantined q USING (source);
