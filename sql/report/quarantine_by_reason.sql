-- What a run rejected, grouped by source and reason code, largest group first, with up to three example records
-- each (file:line, the reason and the record's text cut at 200 characters).
SELECT q.source, q.reason_code, count(*) AS records,
       (array_agg(q.source_file || ':' || coalesce(q.line_number::text, '#' || q.record_number) || '  ' || q.reason
                  || E'\n    ' || left(q.raw_record, 200) ORDER BY q.source_file, q.record_number))[1:3] AS examples
FROM movies.quarantine q
WHERE q.run_id = ?
GROUP BY q.source, q.reason_code
ORDER BY records DESC, q.source, q.reason_code
LIMIT 50
