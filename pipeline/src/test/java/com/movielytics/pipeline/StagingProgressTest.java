package com.movielytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StagingProgressTest {
  @Test
  void aStagingLineSaysTheRowsPerTableAndTheRate() {
    assertEquals("progress 1:05 staging: 1,203,112 rows staged (48,120 rows/s): ratings 1,200,000, tags 3,112",
        StagingProgress.format(64.6, false, 1_203_112, 48_120.4, List.of("ratings 1,200,000", "tags 3,112")));
  }

  @Test
  void beforeAnyRowIsStagedTheLineSaysSo() {
    assertEquals("progress 0:05 staging: 0 rows staged (0 rows/s)", StagingProgress.format(5.0, false, 0, 0, List.of()));
  }

  @Test
  void aFinalLoadLineSaysWhatHappensWithoutCounts() {
    assertEquals("progress 2:00 final load: the staged rows go into the warehouse tables, then the checks run",
        StagingProgress.format(120, true, 1_000, 0, List.of("ratings 1,000")));
  }
}
