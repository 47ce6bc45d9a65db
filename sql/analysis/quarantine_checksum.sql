-- Row count and an order-independent checksum of what one run quarantined, without the run id: two runs over the
-- same input (on two runners, say) must reject the same records for the same reasons.
SELECT count(*) AS row_count,
       md5(coalesce(string_agg((q.source, q.source_file, q.record_number, q.line_number, q.byte_offset,
                                q.byte_length, q.raw_record, q.reason, q.reason_code)::text, E'\n'
                               ORDER BY (q.source, q.source_file, q.record_number)), ''))
         AS checksum
FROM movies.quarantine q
WHERE q.run_id = ?
