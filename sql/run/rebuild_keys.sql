SELECT movies_staging.rebuild_keys(?)
