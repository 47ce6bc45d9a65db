package com.movielytics.transforms.warehouse;

import java.util.List;

/** What {@code movies.etl_run} and the load manifest record when a run starts. */
public record RunStart(
    String runId, String runner, String inputPrefix, boolean fullRefresh, List<PlannedFile> files) {

  public String loadMode() {
    return fullRefresh ? "full_refresh" : "incremental";
  }
}
