package com.movielytics.pipeline.report;

import com.movielytics.pipeline.MovielyticsOptions;
import org.apache.beam.sdk.options.Description;

/** {@code report}, and {@code run --report}: where the HTML report goes; the warehouse options are the run's. */
public interface ReportOptions extends MovielyticsOptions {
  String DEFAULT_OUTPUT = "movielytics-report";

  // No @Default: Beam holds a property's @Default to every options interface that has it, and generate's --output
  // has none. outputFolder() applies the default.
  @Description("Folder the HTML report is written into (created if missing; its pages are replaced). "
      + "Default: " + DEFAULT_OUTPUT + ".")
  String getOutput();

  void setOutput(String value);

  /** --output, or the default folder. */
  static String outputFolder(ReportOptions options) {
    return options.getOutput() == null ? DEFAULT_OUTPUT : options.getOutput();
  }
}
