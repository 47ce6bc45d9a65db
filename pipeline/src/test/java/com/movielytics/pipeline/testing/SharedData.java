package com.movielytics.pipeline.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real data of ../shared/data (never copied into the repository), for tests and benchmarks. */
public final class SharedData {
  public static final Path ROOT = Path.of(System.getProperty("shared.data", "../shared/data")).normalize();

  private SharedData() {}

  public static boolean available() {
    return Files.isDirectory(ROOT.resolve("movielens-small"));
  }

  /** Why a test that needs the data did not run. */
  public static String skipReason(String test) {
    return test + " skipped: the real data is not at " + ROOT.toAbsolutePath()
        + " (check out ../shared beside the repository, or set -Dshared.data)";
  }

  /**
   * The README's "MovieLens" scenario as one input folder: MovieLens small, the TMDB subset and the two CPI
   * series named cpi_<SERIES>.csv. Symbolic links, not copies.
   */
  public static Path movielensScenario(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String name : List.of("movies", "ratings", "tags", "links")) {
      Files.createSymbolicLink(folder.resolve(name + ".csv"), ROOT.resolve("movielens-small/" + name + ".csv"));
    }
    Files.createSymbolicLink(folder.resolve("movies_metadata.csv"), ROOT.resolve("movies-dataset/movies_metadata.csv"));
    for (String series : List.of("CPIAUCSL", "CUSR0000SS62031")) {
      Files.createSymbolicLink(folder.resolve("cpi_" + series + ".csv"), ROOT.resolve("cpi/" + series + ".csv"));
    }
    return folder;
  }
}
