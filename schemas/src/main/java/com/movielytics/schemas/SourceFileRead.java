package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What reading one input file accounted for: its physical data records, counted from the record boundaries in its
 * bytes whatever the parser made of them (the "read" side of the reconciliation check), and how many of its stored
 * bytes were read against its size in the run's listing. {@code refusal} says why a file was not read as records
 * at all (its encoding), or is null.
 */
@DefaultCoder(SerializableCoder.class)
public record SourceFileRead(
    String source, String sourceFile, long records, long sizeBytes, long bytesRead, @Nullable String refusal)
    implements Serializable {}
