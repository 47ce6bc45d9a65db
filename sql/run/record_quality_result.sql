INSERT INTO movies.quality_result (run_id, check_name, table_name, violations, passed, example, severity)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (run_id, check_name) DO UPDATE SET
  table_name = excluded.table_name, violations = excluded.violations, passed = excluded.passed,
  example = excluded.example, severity = excluded.severity
