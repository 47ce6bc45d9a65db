package com.movielytics.runners.direct;

import com.movielytics.pipeline.LoadPlan;
import com.movielytics.pipeline.Movielytics;
import com.movielytics.pipeline.Movielytics.RunTuning;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Entry point of the DirectRunner jar. The DirectRunner re-encodes every element after every step to catch DoFns
 * that mutate their input; the tests (TestPipeline) keep that check, while a load from this jar skips it, which
 * makes staging about three times faster. Either option given on the command line wins.
 */
public final class DirectLauncher {
  /** A run that reads fewer bytes than this (a day's delta, the sample) has one worker thread. */
  static final long ONE_WORKER_BELOW_BYTES = 16L << 20;

  private DirectLauncher() {}

  public static void main(String[] args) {
    Movielytics.mainWithDefaults(
        args, List.of("--runner=DirectRunner", "--enforceImmutability=false", "--enforceEncodability=false"),
        Movielytics.gives(args, "--targetParallelism") ? RunTuning.NONE : DirectLauncher::workersForPlan);
  }

  /**
   * The DirectRunner's scheduler polls without pause on one of its worker threads for as long as any step is
   * running, the load's SQL included, so it keeps a core busy beside a PostgreSQL on the same machine. With one
   * worker thread the poll waits behind the step. A small run reads as fast with one worker and then spends
   * most of its time in SQL: a 1% delta into 10 M ratings ran in 15-17 s instead of 17-19 s, with half the CPU
   * time and half the resident memory. A big run keeps Beam's default, since its reading gains from more threads.
   */
  static void workersForPlan(PipelineOptions options, LoadPlan plan) {
    if (plan.bytesToRead() < ONE_WORKER_BELOW_BYTES) {
      options.as(DirectOptions.class).setTargetParallelism(1);
    }
  }
}
