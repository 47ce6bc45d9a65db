package com.movielytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.schemas.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  private InputFiles discover(String... files) throws IOException {
    for (String file : files) {
      Files.writeString(dir.resolve(file), "x\n");
    }
    return InputFiles.discover(dir.toString(), PipelineOptionsFactory.create().as(MovielyticsOptions.class));
  }

  private List<String> names(InputFiles files, Source source) {
    return files.of(source).stream().map(uri -> Path.of(uri).getFileName().toString()).toList();
  }

  @Test
  void sortsFilesIntoSourcesByNameIncludingDailyDrops() throws IOException {
    InputFiles files =
        discover("movies_metadata.csv", "movies.csv", "movies_20240721.csv", "links.csv", "ratings.csv",
            "ratings_20240721.csv.gz", "tags.csv", "cpi_CPIAUCSL.csv", "cpi_CUSR0000SS62031.csv", "notes.txt");
    assertEquals(List.of("movies_metadata.csv"), names(files, Source.MOVIES_METADATA));
    assertEquals(List.of("movies.csv", "movies_20240721.csv"), names(files, Source.MOVIELENS_MOVIES));
    assertEquals(List.of("ratings.csv", "ratings_20240721.csv.gz"), names(files, Source.RATINGS));
    assertEquals(List.of("cpi_CPIAUCSL.csv", "cpi_CUSR0000SS62031.csv"), names(files, Source.CPI));
    assertEquals(1, files.ignored().size());
    assertTrue(files.ignored().get(0).endsWith("notes.txt"));
  }

  @Test
  void acceptsTheKeysLandGivesFiles() throws IOException {
    InputFiles files =
        discover("20240721093000_ratings.csv", "20240721093000_movies.csv", "20240721093000_cpi_CPIAUCSL.csv",
            "2024_ratings.csv");
    assertEquals(List.of("20240721093000_ratings.csv"), names(files, Source.RATINGS));
    assertEquals(List.of("20240721093000_movies.csv"), names(files, Source.MOVIELENS_MOVIES));
    assertEquals(List.of("20240721093000_cpi_CPIAUCSL.csv"), names(files, Source.CPI));
    assertEquals(1, files.ignored().size(), "only a 14-digit landing time is a landing prefix");
    assertEquals(2, files.files().get(0).sizeBytes(), "sizes are listed for the load manifest");
  }

  @Test
  void missingOptionalSourcesAreFine() throws IOException {
    InputFiles files = discover("ratings.csv");
    assertEquals(List.of(), files.of(Source.TAGS));
    assertEquals(List.of(), files.of(Source.CPI));
  }

  @Test
  void noMoviesAndNoRatingsIsAnError() {
    UsageError e = assertThrows(UsageError.class, () -> discover("tags.csv", "cpi_X.csv"));
    assertTrue(e.getMessage().startsWith("no movies and no ratings under " + dir), e.getMessage());
  }
}
