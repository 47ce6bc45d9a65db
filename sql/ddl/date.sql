-- Every release date and every rating and tag date (UTC).
CREATE TABLE IF NOT EXISTS movies."date" (
  "date"      date PRIMARY KEY,
  "day"       smallint NOT NULL,
  week        smallint NOT NULL,       -- ISO week
  "month"     smallint NOT NULL,
  quarter     smallint NOT NULL,
  "year"      smallint NOT NULL,
  day_of_week smallint NOT NULL,       -- ISO: Monday 1 .. Sunday 7
  is_weekend  boolean NOT NULL
);
SELECT movies_staging.describe('movies."date"', NULL,
  'the date dimension: every release date and every rating and tag date (UTC)');
SELECT movies_staging.describe('movies."date"', 'week', 'ISO week');
SELECT movies_staging.describe('movies."date"', 'day_of_week', 'ISO: Monday 1 .. Sunday 7');
