-- Every input record a run rejected, with the reason. record_number counts data records from 1 (header
-- excluded); line_number is the line the record starts on, byte_offset and byte_length where its bytes are (in the
-- decompressed content of a .gz file): `tail -c +<byte_offset + 1> <file> | head -c <byte_length>` shows it.
-- raw_record shows those bytes, with \xHH for bytes that are not text and a doubled backslash.
CREATE TABLE IF NOT EXISTS movies.quarantine (
  run_id        text NOT NULL,
  source        text NOT NULL,
  source_file   text NOT NULL,
  record_number bigint NOT NULL,
  line_number   bigint,
  byte_offset   bigint,
  byte_length   bigint,
  raw_record    text NOT NULL,
  reason        text NOT NULL,
  PRIMARY KEY (run_id, source_file, record_number)
);
-- Added when reading began to locate records by byte; rows quarantined before have them NULL.
ALTER TABLE movies.quarantine
  ADD COLUMN IF NOT EXISTS line_number bigint,
  ADD COLUMN IF NOT EXISTS byte_offset bigint,
  ADD COLUMN IF NOT EXISTS byte_length bigint;
-- reason_code: the reason's stable code (ReasonCode: field_count, not_a_number, out_of_range, invalid_utf8,
-- malformed_csv, unmapped_movie, ...), so that a run's rejects group into a handful of rows; NULL for rows
-- quarantined before codes were added.
ALTER TABLE movies.quarantine ADD COLUMN IF NOT EXISTS reason_code text;
SELECT movies_staging.describe('movies.quarantine', 'reason_code',
  'stable code of the reason (field_count, not_a_number, out_of_range, invalid_utf8, malformed_csv, unmapped_movie, '
  '...); NULL for rows quarantined before codes were added');
SELECT movies_staging.describe('movies.quarantine', 'reason',
  'why the record was rejected: the field, the value and what was wrong');
SELECT movies_staging.describe('movies.quarantine', NULL,
  'every input record a run rejected: where it is (file, record, line, bytes), its text and why');
