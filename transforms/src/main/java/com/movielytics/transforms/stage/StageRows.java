package com.movielytics.transforms.stage;

import com.movielytics.transforms.sql.SqlFiles;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.util.List;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes batches of records to their staging table with JdbcIO, tagged with the run: each batch is one INSERT ...
 * SELECT FROM unnest(...) statement, so PostgreSQL parses and plans one statement per batch instead of one per row.
 * The returned (always empty) collection is what {@code Wait.on} waits for before the warehouse
 * load.
 */
public final class StageRows<T> extends PTransform<PCollection<List<T>>, PCollection<Void>> {
  private final StagingTable<T> table;
  private final String runId;
  private final WarehouseConnection warehouse;
  private final StagingBacklog backlog;

  private StageRows(StagingTable<T> table, String runId, WarehouseConnection warehouse, StagingBacklog backlog) {
    this.table = table;
    this.runId = runId;
    this.warehouse = warehouse;
    this.backlog = backlog;
  }

  public static <T> StageRows<T> into(StagingTable<T> table, String runId, WarehouseConnection warehouse) {
    return new StageRows<>(table, runId, warehouse, StagingBacklog.none());
  }

  /** The same writes, each batch counted off {@code backlog} as its statement takes it. */
  public StageRows<T> takingFrom(StagingBacklog backlog) {
    return new StageRows<>(table, runId, warehouse, backlog);
  }

  @Override
  public PCollection<Void> expand(PCollection<List<T>> batches) {
    String run = runId;
    StagingTable<T> into = table;
    StagingBacklog taken = backlog;
    return batches.apply(
        "JdbcWrite",
        JdbcIO.<List<T>>write()
            .withDataSourceConfiguration(warehouse.dataSourceConfiguration())
            .withStatement(SqlFiles.read("staging/" + table.name() + ".sql"))
            // Records become column texts only as their statement is bound: a record waiting to be written holds
            // its fields, not the five times bigger texts of its columns.
            .withPreparedStatementSetter((rows, statement) -> {
              StagingBatch.of(into, rows).bind(run, statement);
              taken.staged(rows.size());
            })
            // JdbcIO holds a statement's batches until it executes them: a few batches of rows at a time.
            .withBatchSize(2)
            .withResults());
  }
}
