package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One row of links.csv. {@code imdbId} keeps its leading zeros as text; {@code tmdbId} is null when the source
 * leaves it blank (MovieLens knows no TMDB movie for it).
 */
@DefaultCoder(SerializableCoder.class)
public record Link(
    String sourceFile, long recordNumber, int movielensId, @Nullable String imdbId, @Nullable Integer tmdbId)
    implements Serializable {}
