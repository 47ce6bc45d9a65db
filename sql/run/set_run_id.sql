-- Scopes the run's SQL files (current_setting('movielytics.run_id')) to one run for this transaction.
SELECT set_config('movielytics.run_id', ?, true)
