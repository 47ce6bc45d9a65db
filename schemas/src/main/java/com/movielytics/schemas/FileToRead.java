package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** An input file a run reads, with its size in the run's listing: reading must account for exactly that many bytes. */
@DefaultCoder(SerializableCoder.class)
public record FileToRead(String uri, long sizeBytes) implements Serializable {}
