package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** How many records one input file held: the "read" side of the reconciliation check. */
@DefaultCoder(SerializableCoder.class)
public record SourceFileRead(String source, String sourceFile, long records) implements Serializable {}
