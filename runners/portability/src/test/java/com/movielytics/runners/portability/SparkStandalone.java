package com.movielytics.runners.portability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone cluster on loopback, one Master and one Worker, started from a folder laid out like a
 * Spark distribution's SPARK_HOME (jars/ and RELEASE; runners/spark-cluster builds it from Maven jars).
 */
final class SparkStandalone implements AutoCloseable {
  private final Path sparkHome;
  private final int masterPort;
  private final List<JavaProcess> processes = new ArrayList<>();

  private SparkStandalone(Path sparkHome, int masterPort) {
    this.sparkHome = sparkHome;
    this.masterPort = masterPort;
  }

  /** Starts the Master and a Worker with {@code cores} and 2 GB, and waits until the Worker has registered. */
  static SparkStandalone start(Path sparkHome, Path logs, int cores, Map<String, String> workerEnv)
      throws Exception {
    if (!Files.isRegularFile(sparkHome.resolve("RELEASE"))) {
      throw new IllegalStateException(sparkHome + " is not a Spark home; build runners/spark-cluster first");
    }
    int masterUi = freePort();
    SparkStandalone cluster = new SparkStandalone(sparkHome, freePort());
    try {
      cluster.processes.add(JavaProcess.start(logs.resolve("spark-master.log"), cluster.env(Map.of()),
          cluster.jvm(), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
          "--port", String.valueOf(cluster.masterPort), "--webui-port", String.valueOf(masterUi)));
      cluster.processes.add(JavaProcess.start(logs.resolve("spark-worker.log"), cluster.env(workerEnv),
          cluster.jvm(), "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
          "--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()),
          "--cores", String.valueOf(cores), "--memory", "2g", "--work-dir", logs.resolve("spark-work").toString(),
          cluster.masterUrl()));
      cluster.awaitWorker(masterUi);
      return cluster;
    } catch (Exception | AssertionError e) {
      cluster.close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  Path sparkHome() {
    return sparkHome;
  }

  /** What every Spark JVM here needs: Spark's classpath and, on Java 17, the packages Spark opens. */
  List<String> jvm() {
    List<String> args = new ArrayList<>();
    for (String opened : System.getProperty("spark.add-opens").split(" ")) {
      args.add("--add-opens=" + opened + "=ALL-UNNAMED");
    }
    args.addAll(List.of("-cp", sparkHome.resolve("jars") + "/*"));
    return args;
  }

  /** SPARK_HOME and the Scala version (without it executors fail: "Cannot find any build directories"). */
  Map<String, String> env(Map<String, String> extra) {
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.12");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    return env;
  }

  private void awaitWorker(int masterUi) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      for (JavaProcess process : processes) {
        if (!process.isAlive()) {
          throw new AssertionError("a Spark daemon exited; its log:\n" + process.tail(40));
        }
      }
      try {
        String json = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        if (json.replace(" ", "").contains("\"aliveworkers\":1")) {
          return;
        }
      } catch (IOException notUpYet) {
        // The Master's web UI is not listening yet.
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no Worker registered with " + masterUrl() + " within 2 minutes");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).close();
    }
  }
}
