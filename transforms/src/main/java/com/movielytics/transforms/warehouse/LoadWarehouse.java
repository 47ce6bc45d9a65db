package com.movielytics.transforms.warehouse;

import java.sql.SQLException;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Wait;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PDone;

/**
 * The final step of the graph: once every staging write has finished ({@code Wait.on} their results), runs the
 * warehouse load exactly once for the run.
 */
public final class LoadWarehouse extends PTransform<PCollectionList<Void>, PDone> {
  private final String runId;
  private final WarehouseConnection warehouse;
  private final QualityGates gates;

  public LoadWarehouse(String runId, WarehouseConnection warehouse, QualityGates gates) {
    this.runId = runId;
    this.warehouse = warehouse;
    this.gates = gates;
  }

  @Override
  public PDone expand(PCollectionList<Void> stagingWrites) {
    List<PCollection<?>> signals = List.copyOf(stagingWrites.getAll());
    stagingWrites
        .getPipeline()
        .apply("RunId", Create.of(runId).withCoder(StringUtf8Coder.of()))
        .apply("AfterStagingWrites", Wait.on(signals))
        .apply("UpsertAndCheck", ParDo.of(new LoadFn(warehouse, gates)));
    return PDone.in(stagingWrites.getPipeline());
  }

  private static final class LoadFn extends DoFn<String, Void> {
    private final WarehouseConnection warehouse;
    private final QualityGates gates;

    LoadFn(WarehouseConnection warehouse, QualityGates gates) {
      this.warehouse = warehouse;
      this.gates = gates;
    }

    @ProcessElement
    public void process(@Element String runId) throws SQLException {
      WarehouseLoad.load(warehouse, runId, gates);
    }
  }
}
