-- The Runs page's history: the newest 30 runs, newest first, with the seconds of each phase the console prints,
-- the files read and skipped and the rows loaded over every source (what a failed run would have loaded).
SELECT r.run_id, r.status, r.runner, r.load_mode, r.started_at,
       (r.phase_seconds ->> 'stage')::numeric AS stage_seconds,
       (r.phase_seconds ->> 'upsert')::numeric AS upsert_seconds,
       (r.phase_seconds ->> 'marts')::numeric AS marts_seconds,
       (r.phase_seconds ->> 'quality')::numeric AS quality_seconds,
       (r.phase_seconds ->> 'total')::numeric AS total_seconds,
       jsonb_array_length(r.files_read) AS files_read,
       jsonb_array_length(r.files_skipped) AS files_skipped,
       (SELECT sum(c.loaded) FROM jsonb_to_recordset(r.source_counts) AS c(loaded bigint)) AS rows_loaded,
       r.error
FROM movies.etl_run r
ORDER BY r.started_at DESC, r.run_id DESC
LIMIT 30
