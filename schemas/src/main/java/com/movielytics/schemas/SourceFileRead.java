package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What reading one part of an input file accounted for (a part is keyed by the byte it starts at; a file read in
 * one part starts at 0): its physical data records, counted from the record boundaries in its bytes whatever the
 * parser made of them (the "read" side of the reconciliation check), the line breaks they spanned, and the bytes
 * of the file the part covered (for a compressed file, the stored bytes read), which over a file's parts must come
 * to its size in the run's listing. {@code refusal} says why a file was not read as records at all (its encoding),
 * or is null.
 */
@DefaultCoder(SerializableCoder.class)
public record SourceFileRead(
    String source,
    String sourceFile,
    long partStart,
    long records,
    long lines,
    long sizeBytes,
    long bytesRead,
    @Nullable String refusal)
    implements Serializable {}
