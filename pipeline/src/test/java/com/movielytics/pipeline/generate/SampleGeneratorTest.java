package com.movielytics.pipeline.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
  @TempDir Path dir;

  @Test
  void sameSeedAndSizeWriteTheSameBytes() throws IOException {
    ExpectedCounts first = SampleGenerator.generate(dir.resolve("a"), 5_000, 7);
    ExpectedCounts second = SampleGenerator.generate(dir.resolve("b"), 5_000, 7);
    assertEquals(first, second);
    for (String file : List.of("movies_metadata.csv", "movies.csv", "links.csv", "ratings.csv", "tags.csv",
        "cpi_CPIAUCSL.csv", "cpi_CUSR0000SS62031.csv", "genome-tags.csv", "genome-scores.csv",
        SampleGenerator.EMPTY_DAILY_FILE)) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)),
          Files.readAllBytes(dir.resolve("b").resolve(file)), file);
    }
  }

  @Test
  void everyRecordIsAccountedForAndTheUglyCasesStayUnderTheRejectRatio() throws IOException {
    ExpectedCounts counts = SampleGenerator.generate(dir, 5_000, 7);
    counts.sources().forEach((source, e) -> {
      assertEquals(e.read(), e.loaded() + e.duplicates() + e.quarantined(), source);
      assertTrue((double) e.quarantined() / e.read() < 0.01, source + " rejects stay under the 1% default");
    });
    // Windows-1252 bytes are planted among the UTF-8: read bytes as Latin-1 to split them.
    String ratings = Files.readString(dir.resolve("ratings.csv"), StandardCharsets.ISO_8859_1);
    assertEquals(counts.sources().get("ratings").read() + 1, ratings.split("\r\n").length, "CRLF, like MovieLens");
    String metadata = Files.readString(dir.resolve("movies_metadata.csv"), StandardCharsets.ISO_8859_1);
    assertTrue(metadata.contains("1997-08-20"), "a shifted row");
    assertTrue(metadata.contains("\nA second line, with a comma, follows.\""), "a multi-line overview");
    assertTrue(!metadata.endsWith("\n"), "no newline after the last record, like the real file");
    assertTrue(metadata.contains("Pictur\u00e9s"), "a Windows-1252 byte");
    assertTrue(ratings.startsWith("userId,movieId,rating,timestamp\r\n1,\"2,3.0,964982703\r\n"), "a stray quote");
    assertEquals(0, Files.size(dir.resolve(SampleGenerator.EMPTY_DAILY_FILE)), "an empty daily file");
    List<String> scores = Files.readAllLines(dir.resolve("genome-scores.csv"));
    assertEquals(counts.sources().get("genome_scores").read() + 1, scores.size());
    assertTrue(scores.stream().skip(1).noneMatch(l -> l.contains("E")), "relevances in plain decimals");
    assertEquals(SampleGenerator.GENOME_TAGS * 3L, counts.tableRows().get("genome_score"),
        "at least three genome movies at 5,000 ratings");
  }
}
