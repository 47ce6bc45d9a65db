-- Held by the process that drives a run, on a connection of its own, for as long as the run lasts: a run still
-- 'running' whose lock is free has lost its process (killed, crashed) and can be closed by the next run.
SELECT pg_advisory_lock(hashtext('movielytics.run'), hashtext(?))
