package com.movielytics.runners.flink;

import com.movielytics.pipeline.Movielytics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of the Flink jar: the pipeline runs on the FlinkRunner unless {@code --runner} says otherwise;
 * {@code --flinkMaster} picks the cluster ({@code [local]}, the default here, starts an embedded MiniCluster).
 */
public final class FlinkLauncher {
  /**
   * Flink binds the embedded cluster's servers (BLOB, data exchange, RPC, REST) to every interface unless told
   * otherwise; a run on one machine needs loopback only. A user's own {@code --flinkConfDir} replaces this.
   */
  private static final List<String> LOOPBACK_ONLY = List.of(
      "jobmanager.bind-host: 127.0.0.1",
      "jobmanager.rpc.address: 127.0.0.1",
      "taskmanager.bind-host: 127.0.0.1",
      "taskmanager.host: 127.0.0.1",
      "rest.bind-address: 127.0.0.1",
      "rest.address: 127.0.0.1");

  private FlinkLauncher() {}

  public static void main(String[] args) {
    Movielytics.mainWithDefaults(args,
        List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--flinkConfDir=" + loopbackConfiguration()));
  }

  /** A Flink configuration folder with {@link #LOOPBACK_ONLY}, removed when the JVM exits. */
  private static Path loopbackConfiguration() {
    try {
      Path folder = Files.createTempDirectory("movielytics-flink-conf");
      Path file = Files.write(folder.resolve("config.yaml"), LOOPBACK_ONLY);
      folder.toFile().deleteOnExit();
      file.toFile().deleteOnExit();
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
