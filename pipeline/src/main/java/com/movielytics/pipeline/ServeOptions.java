package com.movielytics.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** {@code serve}: the embedded warehouse of {@code --workDir}, on a port of loopback. */
public interface ServeOptions extends MovielyticsOptions {
  @Description("Port on 127.0.0.1 that serve listens on, for psql and other clients.")
  @Default.Integer(EmbeddedWarehouse.SERVE_PORT)
  int getPort();

  void setPort(int value);
}
