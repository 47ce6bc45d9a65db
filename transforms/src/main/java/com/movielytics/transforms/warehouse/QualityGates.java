package com.movielytics.transforms.warehouse;

import java.io.Serializable;

/**
 * The limits a run's data is held to in the final step: the share of a source's records that may be quarantined
 * (above it the run fails), and the age in hours the newest rating may have before the freshness check warns
 * (0: no limit).
 */
public record QualityGates(double maxRejectRatio, int maxDataAgeHours) implements Serializable {}
