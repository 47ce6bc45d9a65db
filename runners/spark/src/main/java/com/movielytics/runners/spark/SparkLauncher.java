package com.movielytics.runners.spark;

import com.movielytics.pipeline.Movielytics;
import java.util.List;

/**
 * Entry point of the Spark jars, for {@code java -jar} and for {@code spark-submit --class}: the pipeline runs on
 * the SparkRunner unless {@code --runner} says otherwise; {@code --sparkMaster} picks the cluster (Beam's
 * default is local[4]). Under spark-submit the master comes from spark-submit's {@code --master}.
 */
public final class SparkLauncher {
  private SparkLauncher() {}

  public static void main(String[] args) {
    Movielytics.mainWithDefaults(args, List.of("--runner=SparkRunner"));
  }
}
