package com.movielytics.transforms.warehouse;

import org.checkerframework.checker.nullness.qual.Nullable;

/** One row of {@code movies.load_manifest}: a file the warehouse has seen, and whether its rows are loaded. */
public record ManifestEntry(
    String uri,
    String source,
    long sizeBytes,
    @Nullable Long lastModifiedMillis,
    String sha256,
    String status,
    @Nullable String loadedByRun) {

  public boolean loaded() {
    return "loaded".equals(status);
  }
}
