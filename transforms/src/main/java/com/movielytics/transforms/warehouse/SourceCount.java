package com.movielytics.transforms.warehouse;

import java.io.Serializable;

/** What a run did with one source: records read = loaded + duplicates merged + quarantined. */
public record SourceCount(
    String source, long files, long read, long loaded, long duplicates, long quarantined)
    implements Serializable {

  public double rejectRatio() {
    return read == 0 ? 0 : (double) quarantined / read;
  }

  String toJson() {
    return String.format(
        "{\"source\":\"%s\",\"files\":%d,\"read\":%d,\"loaded\":%d,\"duplicates\":%d,\"quarantined\":%d}",
        source, files, read, loaded, duplicates, quarantined);
  }
}
