package com.movielytics.transforms.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SqlFilesTest {
  /** A file missing from its folder's index.txt would silently never run. */
  @Test
  void everyOrderedFolderIndexesAllItsFiles() throws IOException {
    Path sql = Path.of("..", "sql");
    for (String folder : List.of("ddl", "views", "upsert", "first_load", "quality")) {
      List<String> onDisk;
      try (Stream<Path> files = Files.list(sql.resolve(folder))) {
        onDisk = files.map(p -> folder + "/" + p.getFileName()).filter(f -> f.endsWith(".sql")).sorted().toList();
      }
      assertEquals(onDisk, SqlFiles.list(folder).stream().sorted().toList(), folder + "/index.txt");
    }
  }

  /**
   * Only tags and links make a load write tags, so a run that reads neither skips the tag history; every other
   * upsert names no source and always runs.
   */
  @Test
  void upsertsRequireTheSourcesThatCanGiveThemWork() {
    Set<String> tagHistory = SqlFiles.requiredSources(SqlFiles.read("upsert/tag_history.sql"));
    assertEquals(Set.of("tags", "links"), tagHistory);
    assertFalse(SqlFiles.applies(tagHistory, Set.of("ratings")));
    assertTrue(SqlFiles.applies(tagHistory, Set.of("ratings", "links")));
    for (String file : SqlFiles.list("upsert")) {
      if (!file.equals("upsert/tag_history.sql")) {
        assertTrue(SqlFiles.requiredSources(SqlFiles.read(file)).isEmpty(), file);
      }
    }
  }
}
