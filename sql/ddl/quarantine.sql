-- Every input record a run rejected, with the reason. record_number counts data records from 1 (header excluded).
CREATE TABLE IF NOT EXISTS movies.quarantine (
  run_id        text NOT NULL,
  source        text NOT NULL,
  source_file   text NOT NULL,
  record_number bigint NOT NULL,
  raw_record    text NOT NULL,
  reason        text NOT NULL,
  PRIMARY KEY (run_id, source_file, record_number)
);
