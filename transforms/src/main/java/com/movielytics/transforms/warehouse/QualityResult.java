package com.movielytics.transforms.warehouse;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The outcome of one quality check: how many rows violate it and one of them. A violated check of severity
 * "error" fails the run; one of severity "warning" is recorded and printed.
 */
public record QualityResult(String check, String table, String severity, long violations, @Nullable String example) {
  public boolean passed() {
    return violations == 0;
  }

  public boolean failsRun() {
    return !passed() && severity.equals(QualityCheck.ERROR);
  }

  public String describe() {
    return passed()
        ? check + " on " + table + ": passed"
        : check + " on " + table + ": " + (failsRun() ? "FAILED" : "warning") + " with " + violations
            + " violation(s), e.g. " + example;
  }
}
