package com.movielytics.runners.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every runner's jar, started as a user starts it. */
final class Runners {
  /** How a runner is started: the JVM arguments before the pipeline's options. */
  record Runner(String name, List<String> launch) {}

  private Runners() {}

  static List<Runner> all(SparkStandalone cluster) {
    String submitJar = System.getProperty("jar.spark-submit");
    List<String> sparkSubmit = new ArrayList<>(cluster.jvm());
    sparkSubmit.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", cluster.masterUrl(),
        "--deploy-mode", "client", "--class", "com.movielytics.runners.spark.SparkLauncher",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
        submitJar, "--filesToStage=" + submitJar));
    return List.of(
        new Runner("direct", List.of("-jar", System.getProperty("jar.direct"))),
        new Runner("spark_local", List.of("-jar", System.getProperty("jar.spark"), "--sparkMaster=local[2]")),
        new Runner("spark_cluster", sparkSubmit),
        // The self-contained jar as the driver of the same cluster: Beam stages the jar to the executors.
        new Runner("spark_jar_on_cluster",
            List.of("-jar", System.getProperty("jar.spark"), "--sparkMaster=" + cluster.masterUrl())),
        new Runner("flink_local",
            List.of("-jar", System.getProperty("jar.flink"), "--flinkMaster=[local]", "--parallelism=2")));
  }

  /** One run as its own process; returns its wall time in seconds, or fails with the end of its log. */
  static double load(Runner runner, List<String> options, Map<String, String> env, Path log) throws Exception {
    List<String> args = new ArrayList<>(runner.launch());
    args.addAll(options);
    long start = System.nanoTime();
    try (JavaProcess run = JavaProcess.start(log, env, List.of(), args.toArray(String[]::new))) {
      int exit = run.await(20);
      assertEquals(0, exit, runner.name() + " failed; end of its log:\n" + run.tail(80));
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
