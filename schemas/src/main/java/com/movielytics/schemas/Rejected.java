package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * An input record that could not be loaded, with the reason in words a data engineer can act on: which field
 * held what, and what was expected. Lands in {@code movies.quarantine}.
 */
@DefaultCoder(SerializableCoder.class)
public record Rejected(
    String source, String sourceFile, long recordNumber, String rawRecord, String reason)
    implements Serializable {}
