package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * An input record that could not be loaded, with the reason in words a data engineer can act on: which field
 * held what, and what was expected. Where it is in the file: its record number (data records from 1), the line it
 * starts on, and its bytes ({@code byteOffset}, {@code byteLength}; in the decompressed content of a .gz file).
 * {@code rawRecord} shows its bytes, escaped where they are not text. Lands in {@code movies.quarantine}.
 */
@DefaultCoder(SerializableCoder.class)
public record Rejected(
    String source,
    String sourceFile,
    long recordNumber,
    long lineNumber,
    long byteOffset,
    long byteLength,
    String rawRecord,
    String reason)
    implements Serializable {}
