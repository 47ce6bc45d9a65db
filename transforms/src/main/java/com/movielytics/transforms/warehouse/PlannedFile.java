package com.movielytics.transforms.warehouse;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A run's decision about one input file: read it or skip it, and why. {@code manifestStatus} is what the file's
 * {@code movies.load_manifest} row says once the run starts; {@code duplicateOf} names the file with the same
 * content that a skipped duplicate stands for.
 */
public record PlannedFile(
    String uri,
    String source,
    long sizeBytes,
    @Nullable Long lastModifiedMillis,
    String sha256,
    boolean read,
    String reason,
    String manifestStatus,
    @Nullable String duplicateOf) {}
