-- Runs left 'running' whose driving process is gone: their run lock (hold_run_lock.sql) can be taken. The locks
-- taken here are released when this session ends.
WITH running AS MATERIALIZED (
  SELECT run_id FROM movies.etl_run WHERE status = 'running'
)
SELECT run_id FROM running
WHERE pg_try_advisory_lock(hashtext('movielytics.run'), hashtext(run_id))
ORDER BY run_id
