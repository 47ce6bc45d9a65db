package com.movielytics.pipeline;

import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Validation;

/** {@code land}: the folder to upload; the destination is {@code --inputPrefix}, with the pipeline's S3 options. */
public interface LandOptions extends MovielyticsOptions {
  @Description("Local folder whose files (not subfolders) are uploaded to --inputPrefix.")
  @Validation.Required
  String getFrom();

  void setFrom(String value);
}
