-- Staging rows carry the run and their input record (source_file, record_number). Each table is partitioned by
-- run: a run stages into unlogged partitions of its own (staging_partitions.sql), so two runs stage side by side
-- and a finished run's staging is dropped at once, where deleting millions of rows would take seconds.
-- A runner that retries a bundle replays JdbcIO batches: the data tables take the copies without a unique index
-- (a wide key costs about 30% of the staging time) and the upserts and the run's counts
-- (sql/run/count_sources.sql) collapse them by (source_file, record_number). file_read and quarantine keep their
-- keys: a replayed file count would inflate "read".
-- Staging made before reading accounted for every byte, part by part, is remade with the shape below; it holds
-- no rows between runs (a run's partitions are dropped with it). The view movies_staging.source_counts that
-- counted every run at once is gone: a load counts its own run (sql/run/count_sources.sql).
DROP VIEW IF EXISTS movies_staging.source_counts;
DO $$
BEGIN
  IF to_regclass('movies_staging.file_read') IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM pg_attribute
      WHERE attrelid = to_regclass('movies_staging.file_read') AND attname = 'part_start') THEN
    DROP TABLE movies_staging.file_read, movies_staging.quarantine CASCADE;
  END IF;
END $$;
CREATE TABLE IF NOT EXISTS movies_staging.movies_metadata (
  run_id text NOT NULL, source_file text NOT NULL, record_number bigint NOT NULL,
  movie_id integer NOT NULL, imdb_id text, title text NOT NULL, original_title text, original_language text,
  is_adult boolean NOT NULL, release_date date, budget bigint, revenue bigint, runtime_minutes numeric(6,1),
  popularity double precision, vote_average numeric(3,1), vote_count integer, status text, collection_name text,
  genre_ids integer[] NOT NULL, genre_names text[] NOT NULL
) PARTITION BY LIST (run_id);
CREATE TABLE IF NOT EXISTS movies_staging.movielens_movies (
  run_id text NOT NULL, source_file text NOT NULL, record_number bigint NOT NULL,
  movielens_id integer NOT NULL, movie_id integer NOT NULL, imdb_id text, title text NOT NULL,
  release_year smallint, genre_ids integer[] NOT NULL, genre_names text[] NOT NULL
) PARTITION BY LIST (run_id);
CREATE TABLE IF NOT EXISTS movies_staging.links (
  run_id text NOT NULL, source_file text NOT NULL, record_number bigint NOT NULL,
  movielens_id integer NOT NULL, imdb_id text, movie_id integer
) PARTITION BY LIST (run_id);
CREATE TABLE IF NOT EXISTS movies_staging.ratings (
  run_id text NOT NULL, source_file text NOT NULL, record_number bigint NOT NULL,
  user_id integer NOT NULL, movielens_id integer NOT NULL, movie_id integer NOT NULL,
  rating numeric(2,1) NOT NULL, rated_at_epoch bigint NOT NULL
) PARTITION BY LIST (run_id);
CREATE TABLE IF NOT EXISTS movies_staging.tags (
  run_id text NOT NULL, source_file text NOT NULL, record_number bigint NOT NULL,
  user_id integer NOT NULL, movielens_id integer NOT NULL, movie_id integer NOT NULL,
  tag text NOT NULL, tagged_at_epoch bigint NOT NULL
) PARTITION BY LIST (run_id);
CREATE TABLE IF NOT EXISTS movies_staging.genome_tags (
  run_id text NOT NULL, source_file text NOT NULL, record_number bigint NOT NULL,
  tag_id integer NOT NULL, tag text NOT NULL
) PARTITION BY LIST (run_id);
CREATE TABLE IF NOT EXISTS movies_staging.genome_scores (
  run_id text NOT NULL, source_file text NOT NULL, record_number bigint NOT NULL,
  movielens_id integer NOT NULL, tag_id integer NOT NULL, movie_id integer NOT NULL,
  relevance double precision NOT NULL
) PARTITION BY LIST (run_id);
CREATE TABLE IF NOT EXISTS movies_staging.cpi (
  run_id text NOT NULL, source_file text NOT NULL, record_number bigint NOT NULL,
  series_id text NOT NULL, "month" date NOT NULL, value numeric(12,3)
) PARTITION BY LIST (run_id);
CREATE TABLE IF NOT EXISTS movies_staging.quarantine (
  run_id text NOT NULL, source text NOT NULL, source_file text NOT NULL, record_number bigint NOT NULL,
  line_number bigint NOT NULL, byte_offset bigint NOT NULL, byte_length bigint NOT NULL,
  raw_record text NOT NULL, reason text NOT NULL, reason_code text NOT NULL,
  PRIMARY KEY (run_id, source_file, record_number)
) PARTITION BY LIST (run_id);
-- Added with reason codes: staging made before them gains the column.
ALTER TABLE movies_staging.quarantine ADD COLUMN IF NOT EXISTS reason_code text NOT NULL DEFAULT 'other';
-- One row per part of a file that a worker read, keyed by the byte the part starts at (a file read in one part:
-- 0). records: its physical data records, counted from the record boundaries in its bytes; lines: the line breaks
-- they spanned. size_bytes: the file's size in the run's listing; bytes_read: the bytes of the file the part
-- covered, which over its parts come to size_bytes. refusal: why the file was not read as records at all (its
-- encoding). A record's number is its part's start above its ordinal in the part (ParseCsvFiles.recordNumber);
-- sql/run/publish_quarantine.sql makes quarantined records' numbers and lines the file's.
CREATE TABLE IF NOT EXISTS movies_staging.file_read (
  run_id text NOT NULL, source text NOT NULL, source_file text NOT NULL, part_start bigint NOT NULL,
  records bigint NOT NULL, lines bigint NOT NULL, size_bytes bigint NOT NULL, bytes_read bigint NOT NULL,
  refusal text,
  PRIMARY KEY (run_id, source_file, part_start)
) PARTITION BY LIST (run_id);
-- One row per statement that staged rows into a data table: the file of its rows, their first and last record
-- number and how many. A batch is one part's records in order (ParseCsvFiles), so the batches of a run are
-- disjoint ranges of record numbers, and a replayed batch is noted again with the same range: the run's counts
-- add up distinct batches instead of sorting every staged record (sql/run/count_sources.sql). Noted by a
-- trigger, in the statement that stages the rows, so a batch is noted exactly when its rows are staged.
CREATE TABLE IF NOT EXISTS movies_staging.staged_batch (
  run_id text NOT NULL, source text NOT NULL, source_file text NOT NULL, first_record bigint NOT NULL,
  last_record bigint NOT NULL, records bigint NOT NULL
) PARTITION BY LIST (run_id);
CREATE OR REPLACE FUNCTION movies_staging.note_staged_batch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO movies_staging.staged_batch (run_id, source, source_file, first_record, last_record, records)
  SELECT run_id, TG_TABLE_NAME, source_file, min(record_number), max(record_number), count(*)
  FROM staged GROUP BY run_id, source_file;
  RETURN NULL;
END $$;
DO $$
DECLARE
  data_table name;
BEGIN
  FOREACH data_table IN ARRAY ARRAY['movies_metadata', 'movielens_movies', 'links', 'ratings', 'tags', 'genome_tags',
                                    'genome_scores', 'cpi'] LOOP
    EXECUTE format('CREATE OR REPLACE TRIGGER note_staged_batch AFTER INSERT ON movies_staging.%I '
                   'REFERENCING NEW TABLE AS staged FOR EACH STATEMENT '
                   'EXECUTE FUNCTION movies_staging.note_staged_batch()', data_table);
  END LOOP;
END $$;
