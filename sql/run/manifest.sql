-- What the warehouse knows of every file it has seen.
SELECT file_uri, source, size_bytes, (extract(epoch FROM last_modified) * 1000)::bigint AS last_modified_millis,
       sha256, status, loaded_by_run
FROM movies.load_manifest
