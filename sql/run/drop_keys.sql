SELECT movies_staging.drop_keys(?::regclass)
