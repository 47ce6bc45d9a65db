package com.movielytics.pipeline.generate;

import java.util.Map;

/**
 * What a load of a generated folder must produce, known by construction: per source the records read,
 * loaded (distinct keys), duplicates merged and quarantined, and the rows of each final table.
 */
public record ExpectedCounts(Map<String, SourceExpectation> sources, Map<String, Long> tableRows) {

  /** One source: read = loaded + duplicates + quarantined. */
  public record SourceExpectation(long read, long loaded, long duplicates, long quarantined) {}
}
