package com.movielytics.runners.flink;

import com.movielytics.pipeline.Movielytics;
import java.util.List;

/**
 * Entry point of the Flink jar: the pipeline runs on the FlinkRunner unless {@code --runner} says otherwise;
 * {@code --flinkMaster} picks the cluster ({@code [local]}, the default here, starts an embedded MiniCluster).
 */
public final class FlinkLauncher {
  private FlinkLauncher() {}

  public static void main(String[] args) {
    Movielytics.mainWithDefaults(args, List.of("--runner=FlinkRunner", "--flinkMaster=[local]"));
  }
}
