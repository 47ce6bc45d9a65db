package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.movielytics.pipeline.LoadPlan;
import com.movielytics.transforms.warehouse.PlannedFile;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class DirectLauncherTest {
  private static PlannedFile file(String uri, long bytes, boolean read) {
    return new PlannedFile(uri, "ratings", bytes, 1000L, "sha-" + uri, read, "new file", "pending", null);
  }

  private static int workers(LoadPlan plan) {
    DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
    DirectLauncher.workersForPlan(options, plan);
    return options.getTargetParallelism();
  }

  @Test
  void aSmallRunHasOneWorkerThread() {
    // The files already loaded are not read, so they do not count, however big.
    LoadPlan delta = new LoadPlan(List.of(file("ratings.csv", 300_000_000L, false),
        file("ratings_20240721.csv", 3_000_000L, true)), List.of());
    assertEquals(1, workers(delta));
  }

  @Test
  void aBigRunKeepsBeamsDefault() {
    int beamsDefault = PipelineOptionsFactory.create().as(DirectOptions.class).getTargetParallelism();
    LoadPlan firstLoad = new LoadPlan(List.of(file("ratings.csv", DirectLauncher.ONE_WORKER_BELOW_BYTES - 1, true),
        file("tags.csv", 1, true)), List.of());
    assertEquals(beamsDefault, workers(firstLoad));
  }
}
