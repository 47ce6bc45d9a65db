package com.movielytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.movielytics.pipeline.InputFiles.InputFile;
import com.movielytics.schemas.Source;
import com.movielytics.transforms.read.ReadSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandFilesTest {
  private static final Instant AT = Instant.parse("2024-07-21T09:30:00Z");

  @TempDir Path dir;
  Path from;
  String prefix;

  @BeforeEach
  void folders() throws Exception {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    from = Files.createDirectories(dir.resolve("from"));
    Files.writeString(from.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n");
    Files.writeString(from.resolve(".hidden"), "editor swap file");
    Files.createDirectories(from.resolve("subfolder"));
    prefix = Files.createDirectories(dir.resolve("landing")).toString();
  }

  @Test
  void landsEachFileUnderATimeStampedKeyWithItsHash() throws Exception {
    List<LandFiles.Landed> landed = LandFiles.land(from, prefix, AT);
    assertEquals(1, landed.size());
    assertEquals(prefix + "/20240721093000_ratings.csv", landed.get(0).uri());
    assertEquals("userId,movieId,rating,timestamp\n",
        Files.readString(Path.of(prefix, "20240721093000_ratings.csv")));
    assertEquals(
        ContentHash.sha256(new InputFile(landed.get(0).uri(), Source.RATINGS, 32, null), ReadSettings.defaults()),
        landed.get(0).sha256());
    assertEquals(32, landed.get(0).sizeBytes());
  }

  @Test
  void refusesToOverwriteAndUploadsNothing() throws Exception {
    LandFiles.land(from, prefix, AT);
    Files.writeString(from.resolve("ratings.csv"), "changed\n");
    Files.writeString(from.resolve("tags.csv"), "userId,movieId,tag,timestamp\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LandFiles.land(from, prefix, AT));
    assertTrue(e.getMessage().startsWith("refusing to overwrite " + prefix + "/20240721093000_ratings.csv"),
        e.getMessage());
    assertEquals(List.of("20240721093000_ratings.csv"),
        Files.list(Path.of(prefix)).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void aCopyThatFailsLeavesNothingUnderItsNameAndARetryLandsIt() throws Exception {
    Path unreadable = Path.of("/proc/self/mem"); // a "regular file" whose first page fails to read (EIO)
    assumeTrue(Files.isReadable(unreadable), "needs Linux's /proc");
    Path tags = from.resolve("tags.csv");
    Files.createSymbolicLink(tags, unreadable);
    assertThrows(IOException.class, () -> LandFiles.land(from, prefix, AT));
    assertEquals(List.of("20240721093000_ratings.csv"), landedNames(), "no tags file, whole or partial");

    Files.delete(tags);
    Files.writeString(tags, "userId,movieId,tag,timestamp\n");
    LandFiles.land(from, prefix, AT.plusSeconds(60));
    assertEquals(List.of("20240721093000_ratings.csv", "20240721093100_ratings.csv", "20240721093100_tags.csv"),
        landedNames());
  }

  private List<String> landedNames() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(prefix))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
