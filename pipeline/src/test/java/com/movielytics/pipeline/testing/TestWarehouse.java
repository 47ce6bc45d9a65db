package com.movielytics.pipeline.testing;

import com.movielytics.pipeline.EmbeddedWarehouse;
import com.movielytics.transforms.sql.SqlFiles;
import com.movielytics.transforms.stage.StagingBatch;
import com.movielytics.transforms.stage.StagingTable;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A real PostgreSQL for a test class, with the queries the tests assert on. Its databases have the roles of
 * sql/roles/loader_and_analyst.sql, and the pipeline and the tests work in them as {@code loader}, not as the
 * superuser.
 */
public final class TestWarehouse implements AutoCloseable {
  private static final String ROLES = "roles/loader_and_analyst.sql";

  private final @Nullable EmbeddedWarehouse server; // null for another database of a started server
  private final WarehouseConnection admin; // a superuser: what a DBA does
  private final WarehouseConnection connection; // loader, or admin on a server started elsewhere

  private TestWarehouse(
      @Nullable EmbeddedWarehouse server, WarehouseConnection admin, WarehouseConnection connection) {
    this.server = server;
    this.admin = admin;
    this.connection = connection;
  }

  public static TestWarehouse start(Path workDir) throws IOException, SQLException {
    EmbeddedWarehouse server = EmbeddedWarehouse.start(workDir, 0);
    return new TestWarehouse(server, server.connection(), asLoader(server.connection()));
  }

  /** A warehouse on a server started elsewhere, e.g. the benchmark's --jdbcUrl, used as the user given. */
  public static TestWarehouse on(WarehouseConnection connection) {
    return new TestWarehouse(null, connection, connection);
  }

  /** Creates the roles in the superuser's database; the loader's connection to it. */
  private static WarehouseConnection asLoader(WarehouseConnection admin) throws SQLException {
    try (Connection c = admin.open(); Statement s = c.createStatement()) {
      s.execute(SqlFiles.read(ROLES));
    }
    return new WarehouseConnection(admin.jdbcUrl().replaceFirst("([?&]user=)[^&]*", "$1loader"), "loader", null);
  }

  /**
   * A new, empty database on the same server (dropped first if a previous run left it): one warehouse per runner
   * without one server each.
   */
  public TestWarehouse newDatabase(String name) throws SQLException {
    try (Connection c = admin.open(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
    String url = admin.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    WarehouseConnection newAdmin = new WarehouseConnection(url, admin.user(), admin.password());
    return new TestWarehouse(null, newAdmin, connection == admin ? newAdmin : asLoader(newAdmin));
  }

  /**
   * Restarts the server the way {@code pg_ctl restart -m fast} does on a production host: every session is cut,
   * open transactions roll back, and the server recovers and takes connections again on the same port.
   */
  public void restartFast() throws IOException, InterruptedException, SQLException {
    if (server == null) {
      throw new IllegalStateException("only a server this test started can be restarted");
    }
    Path data = server.dataDirectory();
    long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start().waitFor(); // fast shutdown
    postmaster.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    // postmaster.opts: the server's command line, the binary and then every argument in double quotes. As root,
    // in a user namespace of its own, as the embedded server was started (PostgreSQL refuses to run as root).
    String opts = Files.readAllLines(data.resolve("postmaster.opts")).get(0);
    List<String> command = new ArrayList<>();
    if (System.getProperty("user.name").equals("root")) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(opts.substring(0, opts.indexOf(' ')));
    Matcher argument = Pattern.compile("\"([^\"]*)\"").matcher(opts);
    while (argument.find()) {
      command.add(argument.group(1));
    }
    new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling("restart.log").toFile())).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try (Connection c = admin.open()) {
        return;
      } catch (SQLException notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(100);
      }
    }
  }

  /** The same database as the superuser, for what only a DBA may do. */
  public TestWarehouse asAdmin() {
    return new TestWarehouse(null, admin, admin);
  }

  public WarehouseConnection connection() {
    return connection;
  }

  public String jdbcUrl() {
    return connection().jdbcUrl();
  }

  /** Table name to "row_count checksum" for every final table (sql/analysis/warehouse_checksums.sql). */
  public Map<String, String> checksums() throws SQLException {
    return checksums("analysis/warehouse_checksums.sql");
  }

  /** The same for the history tables, whenever their versions were made (sql/analysis/history_checksums.sql). */
  public Map<String, String> historyChecksums() throws SQLException {
    return checksums("analysis/history_checksums.sql");
  }

  private Map<String, String> checksums(String sqlFile) throws SQLException {
    Map<String, String> sums = new TreeMap<>();
    for (List<Object> row : query(SqlFiles.read(sqlFile))) {
      sums.put((String) row.get(0), row.get(1) + " " + row.get(2));
    }
    return sums;
  }

  public long count(String table) throws SQLException {
    return ((Number) query("SELECT count(*) FROM " + table).get(0).get(0)).longValue();
  }

  /** Writes rows into the run's staging the way StageRows does: one batch through sql/staging's insert. */
  public <T> void stage(String runId, StagingTable<T> table, List<T> rows) throws SQLException {
    try (Connection c = connection().open();
        PreparedStatement ps = c.prepareStatement(SqlFiles.read("staging/" + table.name() + ".sql"))) {
      StagingBatch.of(table, rows).bind(runId, ps);
      ps.executeUpdate();
    }
  }

  /** Runs a read-only query written in a test, returning its rows. */
  public List<List<Object>> query(String sql, Object... parameters) throws SQLException {
    try (Connection c = connection().open();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /** Per source "read loaded duplicates quarantined", from the run's record in movies.etl_run. */
  public Map<String, String> sourceCounts(String runId) throws SQLException {
    Map<String, String> counts = new TreeMap<>();
    for (List<Object> row : query(SqlFiles.read("run/run_source_counts.sql"), runId)) {
      counts.put((String) row.get(0), row.get(2) + " " + row.get(3) + " " + row.get(4) + " " + row.get(5));
    }
    return counts;
  }

  /** Row count and checksum of the quarantine of one run, without the run id (sql/analysis/quarantine_checksum.sql). */
  public String quarantineChecksum(String runId) throws SQLException {
    List<Object> row = query(SqlFiles.read("analysis/quarantine_checksum.sql"), runId).get(0);
    return row.get(0) + " " + row.get(1);
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
    }
  }
}
