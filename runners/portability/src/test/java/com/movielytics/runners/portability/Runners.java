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

  /** Every runner in one JVM on this machine, each on 2 cores: the DirectRunner, Spark local[2], Flink. */
  static List<Runner> local() {
    return List.of(
        new Runner("direct", List.of("-jar", System.getProperty("jar.direct"))),
        new Runner("spark_local", List.of("-jar", System.getProperty("jar.spark"), "--sparkMaster=local[2]")),
        new Runner("flink_local",
            List.of("-jar", System.getProperty("jar.flink"), "--flinkMaster=[local]", "--parallelism=2")));
  }

  /** The local runners and the Spark cluster's: spark-submit's jar, and the self-contained jar as its driver. */
  static List<Runner> all(SparkStandalone cluster) {
    String submitJar = System.getProperty("jar.spark-submit");
    List<String> sparkSubmit = new ArrayList<>(cluster.jvm());
    sparkSubmit.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", cluster.masterUrl(),
        "--deploy-mode", "client", "--class", "com.movielytics.runners.spark.SparkLauncher",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
        submitJar, "--filesToStage=" + submitJar));
    List<Runner> all = new ArrayList<>(local());
    all.add(2, new Runner("spark_cluster", sparkSubmit));
    // The self-contained jar as the driver of the same cluster: Beam stages the jar to the executors.
    all.add(3, new Runner("spark_jar_on_cluster",
        List.of("-jar", System.getProperty("jar.spark"), "--sparkMaster=" + cluster.masterUrl())));
    return all;
  }

  /** One run as its own process; returns its wall time in seconds, or fails with the end of its log. */
  static double load(Runner runner, List<String> options, Map<String, String> env, Path log) throws Exception {
    Measured run = measure(runner, List.of(), options, env, log);
    assertEquals(0, run.exit(), runner.name() + " failed; end of its log:\n" + run.tail());
    return run.seconds();
  }

  /** How a run as a process ended: exit code, wall time (JVM start to exit), peak resident memory, log tail. */
  record Measured(int exit, double seconds, long peakRssMb, String tail) {}

  /** One run as its own process with {@code jvmArgs} (e.g. -Xmx1g) before the runner's launch arguments. */
  static Measured measure(Runner runner, List<String> jvmArgs, List<String> options, Map<String, String> env,
      Path log) throws Exception {
    List<String> args = new ArrayList<>(runner.launch());
    args.addAll(options);
    long start = System.nanoTime();
    try (JavaProcess run = JavaProcess.start(log, env, jvmArgs, args.toArray(String[]::new))) {
      int exit = run.await(60);
      return new Measured(exit, (System.nanoTime() - start) / 1e9, run.peakRssMb(), run.tail(40));
    }
  }
}
