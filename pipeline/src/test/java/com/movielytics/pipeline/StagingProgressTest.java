package com.movielytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

  @Test
  void aFailureOtherThanTheWarehouseIsSaidOnceNotSwallowed() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    // No user: opening the connection fails in the driver's properties, not in the warehouse.
    WarehouseConnection noUser = new WarehouseConnection("jdbc:postgresql://127.0.0.1:1/none", null, null);
    try (StagingProgress progress = StagingProgress.start(out, noUser, "run-1")) {
      assertThrows(NullPointerException.class, progress::printLine);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("progress: no more progress lines this run (java.lang.NullPointerException"),
        printed);
  }
}
