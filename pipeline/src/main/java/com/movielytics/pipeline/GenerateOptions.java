package com.movielytics.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Options of the {@code generate} command. */
public interface GenerateOptions extends PipelineOptions {
  @Description("Folder to write the generated CSVs into (created if missing).")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("How many distinct ratings to write; the catalogue, users, tags and bad rows scale with it.")
  @Default.Integer(1_000_000)
  Integer getRatings();

  void setRatings(Integer value);

  @Description("Seed of the generator: the same seed and size always write the same bytes.")
  @Default.Long(42)
  Long getSeed();

  void setSeed(Long value);
}
