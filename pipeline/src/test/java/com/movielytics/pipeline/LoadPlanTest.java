package com.movielytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.movielytics.pipeline.InputFiles.InputFile;
import com.movielytics.schemas.Source;
import com.movielytics.transforms.warehouse.ManifestEntry;
import com.movielytics.transforms.warehouse.PlannedFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadPlanTest {
  private static final String DAY1 = "s3://b/in/20240721000000_";
  private static final String DAY2 = "s3://b/in/20240722000000_";

  /** Contents by URI; the test fails if a file the manifest knows unchanged is hashed again. */
  private final Map<String, String> contents =
      Map.of(DAY1 + "ratings.csv", "r1", DAY1 + "tags.csv", "t1", DAY2 + "ratings.csv", "r2",
          DAY2 + "tags.csv", "t1", DAY2 + "tags_copy.csv", "t1");
  private final List<String> hashed = new ArrayList<>();

  private String hash(InputFile file) {
    hashed.add(file.uri());
    return "sha-" + contents.get(file.uri());
  }

  private static InputFile file(String uri, Source source) {
    return new InputFile(uri, source, 10, 1000L);
  }

  private static ManifestEntry loaded(String uri, String sha256) {
    return new ManifestEntry(uri, "x", 10, 1000L, sha256, "loaded", "run-1");
  }

  private List<String> decisions(List<InputFile> files, List<ManifestEntry> manifest, boolean fullRefresh)
      throws IOException {
    LoadPlan plan = LoadPlan.decide(new InputFiles("s3://b/in/", files, List.of()), manifest, this::hash,
        fullRefresh);
    return plan.files().stream().map(f -> (f.read() ? "read " : "skip ") + f.reason()).toList();
  }

  @Test
  void aFirstRunReadsEverythingOnceByContent() throws IOException {
    List<String> decisions =
        decisions(List.of(file(DAY1 + "ratings.csv", Source.RATINGS), file(DAY1 + "tags.csv", Source.TAGS),
            file(DAY2 + "tags.csv", Source.TAGS)), List.of(), false);
    assertEquals(List.of("read new file", "read new file",
        "skip same content as " + DAY1 + "tags.csv, read by this run"), decisions);
  }

  @Test
  void aLaterRunReadsOnlyNewContentAndHashesOnlyUnknownFiles() throws IOException {
    List<String> decisions =
        decisions(
            List.of(file(DAY1 + "ratings.csv", Source.RATINGS), file(DAY1 + "tags.csv", Source.TAGS),
                file(DAY2 + "ratings.csv", Source.RATINGS), file(DAY2 + "tags.csv", Source.TAGS)),
            List.of(loaded(DAY1 + "ratings.csv", "sha-r1"), loaded(DAY1 + "tags.csv", "sha-t1")), false);
    assertEquals(List.of("skip loaded by run run-1", "skip loaded by run run-1", "read new file",
        "skip same content as " + DAY1 + "tags.csv, loaded by run run-1"), decisions);
    assertEquals(List.of(DAY2 + "ratings.csv", DAY2 + "tags.csv"), hashed);
  }

  @Test
  void aFileChangedInPlaceIsHashedAgainAndRead() throws IOException {
    ManifestEntry before = new ManifestEntry(DAY1 + "ratings.csv", "ratings", 9, 900L, "sha-old", "loaded", "run-1");
    assertEquals(List.of("read content changed since run run-1 loaded it"),
        decisions(List.of(file(DAY1 + "ratings.csv", Source.RATINGS)), List.of(before), false));
  }

  @Test
  void aFileAFailedRunLeftPendingIsReadAgain() throws IOException {
    ManifestEntry pending = new ManifestEntry(DAY2 + "ratings.csv", "ratings", 10, 1000L, "sha-r2", "pending", null);
    assertEquals(List.of("read pending: seen before, not loaded yet"),
        decisions(List.of(file(DAY2 + "ratings.csv", Source.RATINGS)), List.of(pending), false));
    assertEquals(List.of(), hashed, "size and modification time unchanged: the recorded hash is used");
  }

  @Test
  void aFullRefreshReadsEveryDistinctContent() throws IOException {
    LoadPlan plan =
        LoadPlan.decide(
            new InputFiles("s3://b/in/", List.of(file(DAY1 + "tags.csv", Source.TAGS),
                file(DAY2 + "tags.csv", Source.TAGS)), List.of()),
            List.of(loaded(DAY1 + "tags.csv", "sha-t1")), this::hash, true);
    assertEquals(List.of(true, false), plan.files().stream().map(PlannedFile::read).toList());
    assertEquals("--fullRefresh", plan.files().get(0).reason());
    assertEquals(DAY1 + "tags.csv", plan.files().get(1).duplicateOf());
  }
}
