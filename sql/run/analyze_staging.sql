-- The run's staging partitions are filled: give the planner their statistics before anything reads them.
SELECT movies_staging.analyze_run_partitions(current_setting('movielytics.run_id'));
