package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** One row of the MovieLens genome-tags.csv: a tag of the tag genome, which genome scores refer to by id. */
@DefaultCoder(SerializableCoder.class)
public record GenomeTag(String sourceFile, long recordNumber, int tagId, String tag) implements Serializable {}
