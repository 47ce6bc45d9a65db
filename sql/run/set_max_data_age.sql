-- The freshness limit of this transaction's checks (--maxDataAgeHours; 0: no limit): sql/quality/ratings_fresh.sql.
SELECT set_config('movielytics.max_data_age_hours', ?, true)
