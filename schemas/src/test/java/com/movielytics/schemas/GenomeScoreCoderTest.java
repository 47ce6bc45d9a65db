package com.movielytics.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.jupiter.api.Test;

class GenomeScoreCoderTest {
  @Test
  void genomeScoresGetTheirOwnCoderByDefault() throws Exception {
    Coder<GenomeScore> coder = CoderRegistry.createDefault().getCoder(TypeDescriptor.of(GenomeScore.class));
    assertInstanceOf(GenomeScoreCoder.class, coder);
  }

  @Test
  void roundTripsWithAndWithoutMovieId() throws Exception {
    for (GenomeScore s :
        new GenomeScore[] {
          new GenomeScore("s3://b/genome-scores.csv", 7, 1, 1128, 0.028749999999999998, 862),
          new GenomeScore("genome-scores.csv", 1, 2, 3, 1.0, null)
        }) {
      assertEquals(s, CoderUtils.clone(GenomeScoreCoder.of(), s));
    }
  }
}
