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
COMMENT ON TABLE movies."date" IS 'the date dimension: every release date and every rating and tag date (UTC)';
COMMENT ON COLUMN movies."date".week IS 'ISO week';
COMMENT ON COLUMN movies."date".day_of_week IS 'ISO: Monday 1 .. Sunday 7';
