-- FRED monthly series; value is NULL where FRED published "." (no observation).
CREATE TABLE IF NOT EXISTS movies.cpi (
  series_id text NOT NULL,
  "month"   date NOT NULL,
  value     numeric(12,3),
  PRIMARY KEY (series_id, "month")
);
SELECT movies_staging.describe('movies.cpi', NULL,
  'FRED monthly CPI series: CPIAUCSL (all items) and CUSR0000SS62031 (admission to movies); movies.real_dollars '
  'deflates with them');
SELECT movies_staging.describe('movies.cpi', 'value', 'the index; NULL where FRED published "." (no observation)');
