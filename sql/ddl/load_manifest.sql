-- Every input file a run has seen, by URI, with its content hash: a run reads only content the warehouse has
-- not loaded yet. status: pending (seen, its rows not committed yet: the next run reads it), loaded (committed
-- with the upsert of its rows by loaded_by_run), duplicate (byte-identical to duplicate_of, never read).
-- size_bytes and last_modified tell a run when a file is unchanged, so it hashes only new or changed files.
CREATE TABLE IF NOT EXISTS movies.load_manifest (
  file_uri       text PRIMARY KEY,
  source         text NOT NULL,
  size_bytes     bigint NOT NULL,
  last_modified  timestamptz,
  sha256         text NOT NULL,
  first_seen_at  timestamptz NOT NULL,
  first_seen_run text NOT NULL,
  status         text NOT NULL CHECK (status IN ('pending', 'loaded', 'duplicate')),
  loaded_by_run  text,
  loaded_at      timestamptz,
  duplicate_of   text
);
CREATE INDEX IF NOT EXISTS load_manifest_sha256 ON movies.load_manifest (sha256);
-- records: the data records the loading run found in the file (0 for an empty or header-only file).
ALTER TABLE movies.load_manifest ADD COLUMN IF NOT EXISTS records bigint;
SELECT movies_staging.describe('movies.load_manifest', NULL,
  'every input file a run has seen, by URI and content hash: a run reads only content not loaded yet');
