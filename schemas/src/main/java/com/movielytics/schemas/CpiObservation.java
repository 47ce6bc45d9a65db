package com.movielytics.schemas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One monthly value of a FRED series; {@code value} is null where FRED publishes "." (no observation). */
@DefaultCoder(SerializableCoder.class)
public record CpiObservation(
    String sourceFile, long recordNumber, String seriesId, LocalDate month, @Nullable BigDecimal value)
    implements Serializable {}
