-- FRED monthly series; value is NULL where FRED published "." (no observation).
CREATE TABLE IF NOT EXISTS movies.cpi (
  series_id text NOT NULL,
  "month"   date NOT NULL,
  value     numeric(12,3),
  PRIMARY KEY (series_id, "month")
);
