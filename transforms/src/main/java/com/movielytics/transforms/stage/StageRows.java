package com.movielytics.transforms.stage;

import com.movielytics.transforms.sql.SqlFiles;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes records to their staging table with JdbcIO, tagged with the run. The returned (always empty) collection
 * is what {@code Wait.on} waits for before the warehouse load.
 */
public final class StageRows<T> extends PTransform<PCollection<T>, PCollection<Void>> {
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
  public PCollection<Void> expand(PCollection<T> rows) {
    return rows.apply(
        "JdbcWrite",
        JdbcIO.<T>write()
            .withDataSourceConfiguration(warehouse.dataSourceConfiguration())
            .withStatement(SqlFiles.read("staging/" + table.name() + ".sql"))
            .withPreparedStatementSetter(new RunScopedSetter<>(runId, table.binder()))
            .withResults());
  }

  private static final class RunScopedSetter<T> implements JdbcIO.PreparedStatementSetter<T> {
    private final String runId;
    private final StagingTable.Binder<T> binder;

    RunScopedSetter(String runId, StagingTable.Binder<T> binder) {
      this.runId = runId;
      this.binder = binder;
    }

    @Override
    public void setParameters(T row, PreparedStatement statement) throws SQLException {
      statement.setString(1, runId);
      binder.bind(row, statement);
    }
  }
}
