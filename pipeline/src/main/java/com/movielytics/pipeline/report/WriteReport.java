package com.movielytics.pipeline.report;

import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code report} command: a static, self-contained HTML site generated from the warehouse. Each page is one
 * file with its style inline and its charts as inline SVG, so the folder opens from a file, an artifact store or
 * behind a firewall, and nothing is fetched.
 */
public final class WriteReport {
  private WriteReport() {}

  /**
   * Writes the pages into {@code folder} (created if missing) and returns the first, {@code index.html}. Every page
   * is read in one read-only transaction, so the pages agree, and rendered before any file is replaced.
   */
  public static Path write(WarehouseConnection warehouse, Path folder) throws SQLException, IOException {
    String generated = "generated " + Html.TIME.format(Instant.now().atOffset(ZoneOffset.UTC)) + " from "
        + warehouse;
    Map<ReportPage, String> bodies = new LinkedHashMap<>();
    try (Connection c = warehouse.open()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      bodies.put(ReportPage.RUNS, RunsPage.body(c));
      bodies.put(ReportPage.WAREHOUSE, WarehousePage.body(c));
      bodies.put(ReportPage.DATA_DICTIONARY, DataDictionaryPage.body(c));
      c.rollback();
    }
    Files.createDirectories(folder);
    for (Map.Entry<ReportPage, String> page : bodies.entrySet()) {
      String file = page.getKey().file();
      Path partial = folder.resolve(file + ".partial");
      Files.writeString(partial, Html.page(file, page.getKey().title(), page.getValue(), generated),
          StandardCharsets.UTF_8);
      // A reader never sees half a page: each appears whole or not at all.
      Files.move(partial, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }
    return folder.resolve(ReportPage.RUNS.file());
  }
}
