package com.movielytics.pipeline;

/** How a run ended: its id in {@code movies.etl_run} and its status there. */
public record RunOutcome(String runId, String status) {
  public boolean succeeded() {
    return "succeeded".equals(status);
  }
}
