package com.movielytics.schemas;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One row of TMDB's movies_metadata.csv, parsed and validated. Zero budget or revenue is already null. */
@DefaultCoder(MovieMetadataCoder.class)
public record MovieMetadata(
    String sourceFile,
    long recordNumber,
    int movieId,
    @Nullable String imdbId,
    String title,
    @Nullable String originalTitle,
    @Nullable String originalLanguage,
    boolean adult,
    @Nullable LocalDate releaseDate,
    @Nullable Long budget,
    @Nullable Long revenue,
    @Nullable Double runtimeMinutes,
    @Nullable Double popularity,
    @Nullable Double voteAverage,
    @Nullable Integer voteCount,
    @Nullable String status,
    @Nullable String collectionName,
    List<GenreRef> genres)
    implements Serializable {}
