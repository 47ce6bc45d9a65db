package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.DefectiveCopies;
import com.movielytics.pipeline.testing.S3Server;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every source with a stray quote and a byte that is not UTF-8 at its first records, in the middle and at its last
 * records, some files gzipped, read from S3 in small ranges: exactly the planted records are quarantined, with
 * their line and reason, and every other record loads as from the same files without them.
 */
class DefectiveInputIT {
  @TempDir static Path workDir;
  static TestWarehouse clean;
  static TestWarehouse defective;
  static S3Server s3;
  static DefectiveCopies.Copies copies;
  static Runs.Result cleanRun;
  static Runs.Result defectiveRun;

  @BeforeAll
  static void loadBothCopies() throws Exception {
    clean = TestWarehouse.start(workDir.resolve("warehouse"));
    defective = clean.newDatabase("defective");
    s3 = S3Server.start(workDir);
    Runs.useS3Credentials();
    SampleGenerator.sample(workDir.resolve("sample"));
    copies = DefectiveCopies.write(workDir.resolve("sample"), workDir.resolve("copies"));
    // Six planted records make more than 1% of the smaller files: the gate is widened for both runs alike.
    List<String> options = new ArrayList<>(s3.pipelineOptions());
    options.add("--maxRejectRatio=0.05");
    cleanRun = Runs.run(clean, workDir, s3.upload(copies.clean(), "defects", "clean"), options.toArray(String[]::new));
    // The defective copy is read in ranges of 4 KB (the files that can be split): its quarantine must still name
    // each record's line in the whole file.
    options.add("--splitBytes=4096");
    defectiveRun = Runs.run(defective, workDir, s3.upload(copies.defective(), "defects", "defective"),
        options.toArray(String[]::new));
  }

  @AfterAll
  static void stop() throws Exception {
    Runs.closeAll(s3, clean);
  }

  @Test
  void everyOtherRecordLoadsAsFromTheCleanFiles() throws Exception {
    assertTrue(cleanRun.outcome().succeeded(), cleanRun.summary());
    assertTrue(defectiveRun.outcome().succeeded(), defectiveRun.summary());
    assertEquals(clean.checksums(), defective.checksums(), "every final table, row for row");

    Map<String, Long> plantedPerSource = new HashMap<>();
    for (DefectiveCopies.Planted p : copies.planted()) {
      plantedPerSource.merge(source(p.file()), 1L, Long::sum);
    }
    Map<String, String> expected = new TreeMap<>();
    clean.sourceCounts(cleanRun.outcome().runId()).forEach((source, counts) -> {
      long[] c = java.util.Arrays.stream(counts.split(" ")).mapToLong(Long::parseLong).toArray();
      long extra = plantedPerSource.getOrDefault(source, 0L);
      expected.put(source, (c[0] + extra) + " " + c[1] + " " + c[2] + " " + (c[3] + extra));
    });
    assertEquals(expected, defective.sourceCounts(defectiveRun.outcome().runId()),
        "read and quarantined grow by the planted records, nothing else changes");
    assertEquals(6, plantedPerSource.values().stream().distinct().findFirst().orElseThrow(),
        "two bad records at the start, two in the middle, two at the end of every file");
  }

  @Test
  void exactlyThePlantedRecordsAreQuarantinedOnTopWithTheirLineAndReason() throws Exception {
    List<String> cleanRejects = new ArrayList<>();
    for (List<Object> row : rejects(clean, cleanRun)) {
      cleanRejects.add(row.get(0) + " " + row.get(2) + " " + row.get(3));
    }
    List<String> planted = new ArrayList<>();
    List<String> others = new ArrayList<>();
    Map<String, DefectiveCopies.Planted> byLine = new HashMap<>();
    copies.planted().forEach(p -> byLine.put(p.file() + ":" + p.line(), p));
    for (List<Object> row : rejects(defective, defectiveRun)) {
      String file = (String) row.get(0);
      if (!file.startsWith("movies_metadata")) { // one record per line after the header, in every range
        assertEquals(((Number) row.get(1)).longValue() - 1, ((Number) row.get(4)).longValue(),
            "record number of " + file + " line " + row.get(1));
      }
      DefectiveCopies.Planted p = byLine.get(file + ":" + row.get(1));
      String reason = (String) row.get(3);
      if (p == null) {
        others.add(file + " " + row.get(2) + " " + reason);
        continue;
      }
      planted.add(file + ":" + row.get(1));
      assertTrue(p.kind().equals("quote") ? reason.contains("quote") : reason.contains("is not valid UTF-8"),
          p + " was quarantined as " + reason);
    }
    assertEquals(List.of(), defective.query("SELECT DISTINCT reason FROM movies.quarantine WHERE run_id = ? AND "
        + "reason_code = 'other'", defectiveRun.outcome().runId()), "every reason has its code");
    List<List<Object>> codes = defective.query(
        "SELECT DISTINCT reason_code FROM movies.quarantine WHERE run_id = ?", defectiveRun.outcome().runId());
    assertTrue(codes.contains(List.of("invalid_utf8")) && codes.contains(List.of("malformed_csv")),
        "the planted records' codes: " + codes);
    assertEquals(copies.planted().stream().map(p -> p.file() + ":" + p.line()).sorted().toList(),
        planted.stream().sorted().toList(), "every planted record, each on its own line");
    assertEquals(cleanRejects.stream().sorted().toList(), others.stream().sorted().toList(),
        "the files' own bad records are quarantined as from the clean copy");
  }

  /**
   * File name, line, raw record, reason and record number of every record the run quarantined; a crosswalk reason names the
   * links record by its file and number, which differ between the copies: both become the file's name alone.
   */
  private static List<List<Object>> rejects(TestWarehouse warehouse, Runs.Result run) throws Exception {
    return warehouse.query("SELECT regexp_replace(source_file, '^.*/', ''), line_number, raw_record, "
        + "regexp_replace(reason, 's3://[^ ]*/([^/ ]+) record [0-9]+', '\\1'), record_number "
        + "FROM movies.quarantine WHERE run_id = ?", run.outcome().runId());
  }

  private static String source(String file) {
    if (file.startsWith("movies_metadata")) {
      return "movies_metadata";
    }
    if (file.startsWith("movies")) {
      return "movielens_movies";
    }
    return file.substring(0, file.indexOf(file.startsWith("cpi") ? '_' : '.')).replaceFirst("_.*", "")
        .replace('-', '_'); // genome-scores.csv: genome_scores
  }
}
