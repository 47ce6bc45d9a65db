SELECT source, files, read, loaded, duplicates, quarantined
FROM run_source_counts
ORDER BY source
