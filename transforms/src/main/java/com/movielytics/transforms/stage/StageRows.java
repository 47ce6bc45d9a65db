package com.movielytics.transforms.stage;

import com.movielytics.transforms.sql.SqlFiles;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
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

  private StageRows(StagingTable<T> table, String runId, WarehouseConnection warehouse) {
    this.table = table;
    this.runId = runId;
    this.warehouse = warehouse;
  }

  public static <T> StageRows<T> into(StagingTable<T> table, String runId, WarehouseConnection warehouse) {
    return new StageRows<>(table, runId, warehouse);
  }

  @Override
  public PCollection<Void> expand(PCollection<List<T>> batches) {
    String run = runId;
    return batches
        .apply("ToColumns", ParDo.of(new ToColumnsFn<>(table)))
        .setCoder(SerializableCoder.of(StagingBatch.class))
        .apply(
            "JdbcWrite",
            JdbcIO.<StagingBatch>write()
                .withDataSourceConfiguration(warehouse.dataSourceConfiguration())
                .withStatement(SqlFiles.read("staging/" + table.name() + ".sql"))
                .withPreparedStatementSetter((batch, statement) -> batch.bind(run, statement))
                // JdbcIO holds a statement's batches until it executes them: a few batches of rows at a time.
                .withBatchSize(2)
                .withResults());
  }

  private static final class ToColumnsFn<T> extends DoFn<List<T>, StagingBatch> {
    private final StagingTable<T> table;

    ToColumnsFn(StagingTable<T> table) {
      this.table = table;
    }

    @ProcessElement
    public void process(@Element List<T> rows, OutputReceiver<StagingBatch> out) {
      out.output(StagingBatch.of(table, rows));
    }
  }
}
