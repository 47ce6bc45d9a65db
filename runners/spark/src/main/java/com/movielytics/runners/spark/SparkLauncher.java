package com.movielytics.runners.spark;

import com.movielytics.pipeline.Movielytics;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the Spark jars, for {@code java -jar} and for {@code spark-submit --class}: the pipeline runs on
 * the SparkRunner unless {@code --runner} says otherwise; {@code --sparkMaster} picks the cluster (Beam's
 * default is local[4]). Under spark-submit the master comes from spark-submit's {@code --master}.
 */
public final class SparkLauncher {
  private static final String SPARK_MASTER = "--sparkMaster=";
  /**
   * Beam's Spark runner keeps the output of a step with several outputs for its other consumers, by default in
   * memory only. A big file's parsed records do not fit, so the quarantine's and the file counts' writes parsed
   * the file again (about 30 s of a 10 M first load). On disk they are read back instead; a user's own
   * {@code --storageLevel} wins.
   */
  private static final String DISK_ONLY = "--storageLevel=DISK_ONLY";

  private SparkLauncher() {}

  public static void main(String[] args) {
    String master = System.getProperty("spark.master", Arrays.stream(args)
        .filter(a -> a.startsWith(SPARK_MASTER)).map(a -> a.substring(SPARK_MASTER.length())).findFirst()
        .orElse("local"));
    if (master.startsWith("local")) {
      loopbackOnly();
    }
    Movielytics.mainWithDefaults(args, List.of("--runner=SparkRunner", DISK_ONLY));
  }

  /**
   * On a local master the driver's RPC and block manager listen on the host's address and its UI on every
   * interface; nothing outside the machine needs them. A user's own -Dspark.* settings win.
   */
  private static void loopbackOnly() {
    System.getProperties().putIfAbsent("spark.driver.bindAddress", "127.0.0.1");
    System.getProperties().putIfAbsent("spark.driver.host", "127.0.0.1");
    System.getProperties().putIfAbsent("spark.ui.enabled", "false");
  }
}
