-- One run at a time per warehouse: the slot is a session lock held by the run's own connection (see
-- hold_run_lock.sql) until the run ends or its process dies. true when it was free and is now this run's.
SELECT pg_try_advisory_lock(hashtext('movielytics.run_slot'))
