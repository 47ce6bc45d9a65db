package com.movielytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring of the graph: what feeds the crosswalk's readers and the final load. */
class PipelineDiagramTest {
  @TempDir Path dir;

  private Set<String> edges() throws Exception {
    SampleGenerator.generate(dir.resolve("in"), 1_000, 1);
    return edges(dir.resolve("in"));
  }

  private static Set<String> edges(Path input) throws Exception {
    MovielyticsOptions options =
        PipelineOptionsFactory.fromArgs("--inputPrefix=" + input).as(MovielyticsOptions.class);
    String dot = Movielytics.graph(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    Map<String, String> labels = new HashMap<>();
    Matcher node = Pattern.compile("(step\\d+) \\[label=\"(\\w+)\"]").matcher(dot);
    while (node.find()) {
      labels.put(node.group(1), node.group(2));
    }
    Set<String> edges = new TreeSet<>();
    Matcher edge = Pattern.compile("(step\\d+) -> (step\\d+)").matcher(dot);
    while (edge.find()) {
      edges.add(labels.get(edge.group(1)) + " -> " + labels.get(edge.group(2)));
    }
    return edges;
  }

  @Test
  void withoutAnInputTheGraphIsTheBundledSamplesAndNothingIsWritten() throws Exception {
    MovielyticsOptions options =
        PipelineOptionsFactory.fromArgs("--workDir=" + dir.resolve("work")).as(MovielyticsOptions.class);
    String dot = Movielytics.graph(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertTrue(dot.contains("UpsertAndCheck") || dot.contains("LoadWarehouse"), dot);
    assertFalse(Files.exists(dir.resolve("work")), "no work folder, no sample written");
    assertFalse(Files.exists(Path.of(options.getInputPrefix())), "the temporary sample is gone");
  }

  @Test
  void theCrosswalkFeedsEveryMovielensReaderAndEveryStagingWriteGatesTheLoad() throws Exception {
    Set<String> edges = edges();
    Set<String> fromIndex = new TreeSet<>();
    Set<String> intoLoad = new TreeSet<>();
    for (String e : edges) {
      if (e.startsWith("IndexLinks -> ")) {
        fromIndex.add(e.substring("IndexLinks -> ".length()));
      }
      if (e.endsWith(" -> LoadWarehouse")) {
        intoLoad.add(e.substring(0, e.indexOf(' ')));
      }
    }
    assertEquals(Set.of("ParseGenomeScores", "ParseMovielensMovies", "ParseRatings", "ParseTags"), fromIndex);
    assertTrue(edges.containsAll(Set.of("ParseLinks -> EachLink", "EachLink -> AllLinks",
        "ReadKnownLinks -> AllLinks", "AllLinks -> IndexLinks")), "an incremental run links through the file's and the warehouse's links: " + edges);
    assertTrue(edges.containsAll(Set.of("ParseGenomeTags -> EachGenomeTag", "ReadKnownGenomeTags -> AllGenomeTags",
        "AllGenomeTags -> IndexGenomeTags", "IndexGenomeTags -> ParseGenomeScores")),
        "genome scores are checked against the file's and the warehouse's genome tags: " + edges);
    assertEquals(
        Set.of("StageCpi", "StageFilesRead", "StageGenomeScores", "StageGenomeTags", "StageLinks",
            "StageMovieMetadata", "StageMovielensMovies", "StageQuarantine", "StageRatings", "StageTags"),
        intoLoad);
  }

  @Test
  void aRunGetsBranchesOnlyForTheSourcesItReads() throws Exception {
    SampleGenerator.generate(dir.resolve("all"), 1_000, 1);
    Path day = Files.createDirectories(dir.resolve("day"));
    for (String file : new String[] {"movies.csv", "ratings.csv"}) {
      Files.copy(dir.resolve("all").resolve(file), day.resolve(file));
    }
    Set<String> edges = edges(day);
    Set<String> intoLoad = new TreeSet<>();
    for (String e : edges) {
      if (e.endsWith(" -> LoadWarehouse")) {
        intoLoad.add(e.substring(0, e.indexOf(' ')));
      }
    }
    assertEquals(Set.of("StageFilesRead", "StageMovielensMovies", "StageQuarantine", "StageRatings"), intoLoad);
    assertTrue(edges.containsAll(Set.of("NoLinksFile -> AllLinks", "ReadKnownLinks -> AllLinks",
        "AllLinks -> IndexLinks", "IndexLinks -> ParseRatings", "IndexLinks -> ParseMovielensMovies")),
        "without a links file, ratings link through the warehouse's crosswalk: " + edges);
    assertTrue(edges.stream().noneMatch(e -> e.contains("Tags") || e.contains("Genome") || e.contains("Cpi")),
        "no branch for a source the run does not read: " + edges);
  }
}
