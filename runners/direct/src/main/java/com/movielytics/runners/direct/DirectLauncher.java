package com.movielytics.runners.direct;

import com.movielytics.pipeline.Movielytics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the DirectRunner jar. The DirectRunner re-encodes every element after every step to catch DoFns
 * that mutate their input; the tests (TestPipeline) keep that check, while a load from this jar skips it, which
 * makes staging about three times faster. Either option given on the command line wins.
 */
public final class DirectLauncher {
  private static final List<String> DEFAULTS =
      List.of("--enforceImmutability=false", "--enforceEncodability=false");

  private DirectLauncher() {}

  public static void main(String[] args) throws Exception {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    for (String option : DEFAULTS) {
      String name = option.substring(0, option.indexOf('='));
      if (all.stream().noneMatch(a -> a.equals(name) || a.startsWith(name + "="))) {
        all.add(option);
      }
    }
    Movielytics.main(all.toArray(String[]::new));
  }
}
