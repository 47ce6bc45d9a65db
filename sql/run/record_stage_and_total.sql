-- Completes a finished run's phase_seconds with the phases the final step does not time itself, so that it holds
-- every phase the console prints: read+parse+stage (start to staged) and the total (start to finish).
UPDATE movies.etl_run
SET phase_seconds = coalesce(phase_seconds, '{}'::jsonb) || jsonb_build_object(
      'stage', round(extract(epoch FROM staged_at - started_at)::numeric, 3),
      'total', round(extract(epoch FROM finished_at - started_at)::numeric, 3))
WHERE run_id = ?
