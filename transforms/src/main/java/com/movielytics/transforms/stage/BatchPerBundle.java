package com.movielytics.transforms.stage;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.PCollection;

/**
 * Gathers records into lists of up to {@code size}, within a bundle (no shuffle): what is left when the bundle ends
 * is the last list. For collections of records that come one by one, such as the rejects, on their way to staging.
 */
public final class BatchPerBundle<T> extends PTransform<PCollection<T>, PCollection<List<T>>> {
  private final int size;

  private BatchPerBundle(int size) {
    this.size = size;
  }

  public static <T> BatchPerBundle<T> of(int size) {
    return new BatchPerBundle<>(size);
  }

  @Override
  public PCollection<List<T>> expand(PCollection<T> records) {
    return records.apply("Gather", ParDo.of(new GatherFn<T>(size))).setCoder(ListCoder.of(records.getCoder()));
  }

  private static final class GatherFn<T> extends DoFn<T, List<T>> {
    private final int size;
    private transient List<T> batch;

    GatherFn(int size) {
      this.size = size;
    }

    @StartBundle
    public void startBundle() {
      batch = new ArrayList<>();
    }

    @ProcessElement
    public void process(@Element T record, OutputReceiver<List<T>> out) {
      batch.add(record);
      if (batch.size() == size) {
        out.output(batch);
        batch = new ArrayList<>();
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      if (!batch.isEmpty()) {
        context.output(batch, BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
      }
    }
  }
}
