-- Waits for the run slot (try_run_slot.sql) that another run holds; the statement timeout bounds the wait.
SELECT pg_advisory_lock(hashtext('movielytics.run_slot'))
