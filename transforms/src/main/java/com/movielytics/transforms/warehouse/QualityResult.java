package com.movielytics.transforms.warehouse;

import org.checkerframework.checker.nullness.qual.Nullable;

/** The outcome of one quality check: how many rows violate it and one of them. */
public record QualityResult(String check, String table, long violations, @Nullable String example) {
  public boolean passed() {
    return violations == 0;
  }

  public String describe() {
    return passed()
        ? check + " on " + table + ": passed"
        : check + " on " + table + ": FAILED with " + violations + " violation(s), e.g. " + example;
  }
}
