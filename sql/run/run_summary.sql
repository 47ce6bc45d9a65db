SELECT status, runner, input_prefix, load_mode, error,
       (phase_seconds ->> 'stage')::double precision AS stage_seconds,
       (phase_seconds ->> 'upsert')::double precision AS upsert_seconds,
       (phase_seconds ->> 'marts')::double precision AS marts_seconds,
       (phase_seconds ->> 'quality')::double precision AS quality_seconds,
       (phase_seconds ->> 'total')::double precision AS total_seconds
FROM movies.etl_run WHERE run_id = ?
