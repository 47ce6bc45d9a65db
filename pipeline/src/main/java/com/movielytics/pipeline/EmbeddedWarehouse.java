package com.movielytics.pipeline;

import com.movielytics.transforms.warehouse.WarehouseConnection;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The zero-install warehouse: a PostgreSQL server (binaries shipped in the jar) whose data directory persists
 * in the work folder, so what a run loaded can be queried afterwards with {@code serve}.
 */
public final class EmbeddedWarehouse implements AutoCloseable {
  /** The port {@code serve} listens on, so that a psql line in the README stays true. */
  public static final int SERVE_PORT = 54329;

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedWarehouse(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /** Starts the server on {@code port} (0: any free port) over {@code <workDir>/pgdata}. */
  public static EmbeddedWarehouse start(Path workDir, int port) throws IOException {
    Path data = workDir.resolve("pgdata").toAbsolutePath();
    Files.createDirectories(data.getParent());
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
            // The server's binaries unpack beside its data, not into a shared /tmp.
            .setOverrideWorkingDirectory(Files.createDirectories(workDir.resolve("pg-binaries").toAbsolutePath())
                .toFile())
            // The load is batch work on a laptop-sized machine: trade crash durability of the last commit for speed.
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("max_wal_size", "4GB");
    if (port > 0) {
      builder.setPort(port);
    }
    return new EmbeddedWarehouse(builder.start(), data);
  }

  public WarehouseConnection connection() {
    return new WarehouseConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
