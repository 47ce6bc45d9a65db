-- The run's rejects, for inspection after the run whatever its outcome. A record's staged number is its part's
-- start offset above its ordinal in the part (26 bits, ParseCsvFiles.recordNumber; a file read whole has one part
-- at 0 and plain ordinals), and its line is the part's: the records and line breaks of the parts before it make
-- them the file's. A refused file (not UTF-8) is reported by its refusal, not by a quarantined row per record.
WITH parts AS MATERIALIZED (
  SELECT source_file, part_start,
         sum(records) OVER before - records AS records_before,
         sum(lines) OVER before - lines AS lines_before
  FROM movies_staging.file_read
  WHERE run_id = (SELECT current_setting('movielytics.run_id'))
  WINDOW before AS (PARTITION BY source_file ORDER BY part_start)
)
INSERT INTO movies.quarantine
  (run_id, source, source_file, record_number, line_number, byte_offset, byte_length, raw_record, reason,
   reason_code)
SELECT q.run_id, q.source, q.source_file,
       coalesce(p.records_before, 0) + q.record_number - (coalesce(p.part_start, 0) << 26),
       coalesce(p.lines_before, 0) + q.line_number, q.byte_offset, q.byte_length, q.raw_record, q.reason,
       q.reason_code
FROM movies_staging.quarantine q
LEFT JOIN LATERAL (
  SELECT * FROM parts
  WHERE parts.source_file = q.source_file AND parts.part_start <= q.record_number >> 26
  ORDER BY parts.part_start DESC
  LIMIT 1
) p ON true
WHERE q.run_id = (SELECT current_setting('movielytics.run_id'))
  AND NOT EXISTS (
    SELECT 1 FROM movies_staging.file_read f
    WHERE f.run_id = q.run_id AND f.source_file = q.source_file AND f.refusal IS NOT NULL)
ON CONFLICT DO NOTHING;
