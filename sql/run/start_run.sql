-- files_read and files_skipped are built here from arrays, so URIs and reasons are quoted by PostgreSQL.
INSERT INTO movies.etl_run (run_id, runner, input_prefix, status, started_at, load_mode, files_read, files_skipped)
SELECT ?, ?, ?, 'running', now(), ?, to_jsonb(?::text[]),
       coalesce((SELECT jsonb_agg(jsonb_build_object('uri', uri, 'reason', reason) ORDER BY uri)
                 FROM unnest(?::text[], ?::text[]) AS skipped(uri, reason)), '[]')
