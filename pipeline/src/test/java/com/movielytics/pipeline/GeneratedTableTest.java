package com.movielytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.movielytics.pipeline.generate.ExpectedCounts;
import com.movielytics.pipeline.generate.ExpectedCounts.SourceExpectation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code generate} prints: a table a reader can check a run's summary against, not a record dump. */
class GeneratedTableTest {
  @Test
  void oneRowPerSourceWithTheSummarysColumns() {
    Map<String, SourceExpectation> sources = new LinkedHashMap<>();
    sources.put("movies_metadata", new SourceExpectation(10_023, 10_000, 1, 22));
    sources.put("ratings", new SourceExpectation(1_000_452, 1_000_000, 200, 252));
    assertEquals("""
        Wrote ./big. A first run over it should count:
          source                    read       loaded  duplicates  quarantined
          movies_metadata         10,023       10,000           1           22
          ratings              1,000,452    1,000,000         200          252
        """, Movielytics.generated("./big", new ExpectedCounts(sources, Map.of())));
  }
}
