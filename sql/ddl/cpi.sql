-- FRED monthly series; value is NULL where FRED published "." (no observation).
CREATE TABLE IF NOT EXISTS movies.cpi (
  series_id text NOT NULL,
  "month"   date NOT NULL,
  value     numeric(12,3),
  PRIMARY KEY (series_id, "month")
);
COMMENT ON TABLE movies.cpi IS
  'FRED monthly CPI series: CPIAUCSL (all items) and CUSR0000SS62031 (admission to movies); movies.real_dollars '
  'deflates with them';
COMMENT ON COLUMN movies.cpi.value IS 'the index; NULL where FRED published "." (no observation)';
