-- A file a run is about to read or skip. A file whose content changed under the same URI is pending again; one
-- whose content is unchanged keeps its status until the run that reads it commits.
INSERT INTO movies.load_manifest AS m
  (file_uri, source, size_bytes, last_modified, sha256, first_seen_at, first_seen_run, status, duplicate_of)
VALUES (?, ?, ?, ?, ?, now(), ?, ?, ?)
ON CONFLICT (file_uri) DO UPDATE SET
  source = excluded.source, size_bytes = excluded.size_bytes, last_modified = excluded.last_modified,
  sha256 = excluded.sha256, duplicate_of = excluded.duplicate_of,
  status = CASE WHEN m.sha256 = excluded.sha256 AND m.status = 'loaded' THEN 'loaded' ELSE excluded.status END
