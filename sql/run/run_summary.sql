SELECT status, runner, input_prefix, load_mode, error,
       extract(epoch FROM staged_at - started_at) AS stage_seconds,
       (phase_seconds ->> 'upsert')::double precision AS upsert_seconds,
       (phase_seconds ->> 'marts')::double precision AS marts_seconds,
       (phase_seconds ->> 'quality')::double precision AS quality_seconds,
       extract(epoch FROM finished_at - started_at) AS total_seconds
FROM movies.etl_run WHERE run_id = ?
