package com.movielytics.runners.direct;

import com.movielytics.pipeline.Movielytics;
import java.util.List;

/**
 * Entry point of the DirectRunner jar. The DirectRunner re-encodes every element after every step to catch DoFns
 * that mutate their input; the tests (TestPipeline) keep that check, while a load from this jar skips it, which
 * makes staging about three times faster. Either option given on the command line wins.
 */
public final class DirectLauncher {
  private DirectLauncher() {}

  public static void main(String[] args) {
    Movielytics.mainWithDefaults(
        args, List.of("--runner=DirectRunner", "--enforceImmutability=false", "--enforceEncodability=false"));
  }
}
