package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * A byte range of an input file that one worker reads: the records that start in {@code [start, end)}. A file that
 * is not split (compressed, records spanning lines, the crosswalk) is one range from 0 to its size. {@code
 * sizeBytes} is the file's size in the run's listing.
 */
@DefaultCoder(SerializableCoder.class)
public record FileRange(String uri, long sizeBytes, long start, long end) implements Serializable {}
