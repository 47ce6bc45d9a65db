-- Every release date, rating date and tag date (UTC) this run brings.
INSERT INTO movies."date" ("date", "day", week, "month", quarter, "year", day_of_week, is_weekend)
SELECT d, extract(day FROM d), extract(week FROM d), extract(month FROM d), extract(quarter FROM d),
       extract(year FROM d), extract(isodow FROM d), extract(isodow FROM d) >= 6
FROM (
  SELECT release_date AS d FROM movies_staging.movies_metadata
  WHERE run_id = (SELECT current_setting('movielytics.run_id')) AND release_date IS NOT NULL
  UNION
  -- Epoch seconds to UTC days by integer arithmetic: the days are distinct before any date is made. The rating
  -- days were taken once for the run (run_rated_days, sql/run/note_touched.sql).
  SELECT date '1970-01-01' + day FROM (
    SELECT rated_day AS day FROM run_rated_days
    UNION
    SELECT DISTINCT (tagged_at_epoch / 86400)::integer FROM movies_staging.tags
    WHERE run_id = (SELECT current_setting('movielytics.run_id'))
  ) days
) dates
ON CONFLICT ("date") DO NOTHING;
