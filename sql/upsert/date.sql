-- Every release date, rating date and tag date (UTC) this run brings.
INSERT INTO movies."date" ("date", "day", week, "month", quarter, "year", day_of_week, is_weekend)
SELECT d, extract(day FROM d), extract(week FROM d), extract(month FROM d), extract(quarter FROM d),
       extract(year FROM d), extract(isodow FROM d), extract(isodow FROM d) >= 6
FROM (
  SELECT release_date AS d FROM movies_staging.movies_metadata
  WHERE run_id = current_setting('movielytics.run_id') AND release_date IS NOT NULL
  UNION
  SELECT (to_timestamp(rated_at_epoch) AT TIME ZONE 'UTC')::date FROM movies_staging.ratings
  WHERE run_id = current_setting('movielytics.run_id')
  UNION
  SELECT (to_timestamp(tagged_at_epoch) AT TIME ZONE 'UTC')::date FROM movies_staging.tags
  WHERE run_id = current_setting('movielytics.run_id')
) dates
ON CONFLICT ("date") DO NOTHING;
