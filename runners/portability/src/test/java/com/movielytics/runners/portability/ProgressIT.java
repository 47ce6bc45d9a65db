package com.movielytics.runners.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live progress on every local runner: a run of 3 M ratings prints a line every 5 s while it stages (rows staged
 * so far, growing) and says when the final load is under way; never more than one line a second; none with
 * --quiet. The runners' own warnings stay within 20 lines.
 */
class ProgressIT {
  private static final Pattern LINE = Pattern.compile("^progress (\\d+):(\\d\\d) (staging|final load)(.*)$");
  private static final Pattern STAGED = Pattern.compile("^: ([\\d,]+) rows staged");

  @TempDir static Path workDir;
  static Path input;
  static TestWarehouse server;

  @BeforeAll
  static void generate() throws Exception {
    input = workDir.resolve("input");
    // Staging must outlast two lines' interval on the fastest runner: at 1 M ratings it took 5-8 s, so one line
    // at most fell within it, and a CI run caught none.
    SampleGenerator.generate(input, 3_000_000, 3);
    server = TestWarehouse.start(workDir.resolve("warehouse"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static List<String> progressLines(Runners.Runner runner, String... extra) throws Exception {
    TestWarehouse warehouse = server.newDatabase(runner.name() + (extra.length > 0 ? "_quiet" : ""));
    List<String> options = new ArrayList<>(List.of("--inputPrefix=" + input,
        "--jdbcUrl=" + warehouse.jdbcUrl(), "--workDir=" + workDir));
    options.addAll(List.of(extra));
    Path log = workDir.resolve(runner.name() + extra.length + ".log");
    Runners.load(runner, options, Map.of(), log);
    List<String> warnings = Files.readAllLines(log).stream().filter(l -> l.matches(".*\\b(WARN|WARNING)\\b.*")).toList();
    System.out.printf("%s: %d lines of warnings%n  %s%n", runner.name(), warnings.size(), String.join("\n  ", warnings));
    assertTrue(warnings.size() <= 20, runner.name() + ": the runner's noise stays out of the way: " + warnings);
    return Files.readAllLines(log).stream().filter(l -> l.startsWith("progress ")).toList();
  }

  @Test
  void everyRunnerPrintsStagingProgressEveryFiveSecondsAndTheFinalLoad() throws Exception {
    for (Runners.Runner runner : Runners.local()) {
      List<String> lines = progressLines(runner);
      System.out.printf("%s: %d progress lines%n  %s%n", runner.name(), lines.size(), String.join("\n  ", lines));
      long previousSecond = -1;
      long previousStaged = 0;
      long stagingLinesWithRows = 0;
      boolean finalLoad = false;
      for (String line : lines) {
        Matcher m = LINE.matcher(line);
        assertTrue(m.matches(), runner.name() + ": " + line);
        long second = Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2));
        // Every 5 s, give or take a busy machine's delays; never more than one a second.
        assertTrue(previousSecond < 0 || (second - previousSecond >= 1 && second - previousSecond <= 7),
            runner.name() + ": a line about every 5 s, never more than one a second: " + lines);
        previousSecond = second;
        if (m.group(3).equals("staging")) {
          assertTrue(!finalLoad, runner.name() + ": staging comes before the final load: " + lines);
          Matcher staged = STAGED.matcher(m.group(4));
          assertTrue(staged.find(), line);
          long rows = Long.parseLong(staged.group(1).replace(",", ""));
          assertTrue(rows >= previousStaged, runner.name() + ": the rows staged only grow: " + lines);
          stagingLinesWithRows += rows > 0 ? 1 : 0;
          previousStaged = rows;
        } else {
          finalLoad = true;
        }
      }
      assertTrue(stagingLinesWithRows >= 1, runner.name() + ": a line while rows were being staged: " + lines);
      assertTrue(finalLoad, runner.name() + ": a line during the final load: " + lines);
    }
  }

  @Test
  void quietPrintsNoProgress() throws Exception {
    assertEquals(List.of(), progressLines(Runners.local().get(0), "--quiet"));
  }
}
