-- One warehouse load at a time, held until the transaction ends; replays of the final step queue here.
SELECT pg_advisory_xact_lock(hashtext('movielytics.warehouse'))
