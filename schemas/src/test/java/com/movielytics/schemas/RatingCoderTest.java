package com.movielytics.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.jupiter.api.Test;

class RatingCoderTest {
  @Test
  void ratingsGetTheirOwnCoderByDefault() throws Exception {
    Coder<Rating> coder = CoderRegistry.createDefault().getCoder(TypeDescriptor.of(Rating.class));
    assertInstanceOf(RatingCoder.class, coder);
  }

  @Test
  void roundTripsWithAndWithoutMovieId() throws Exception {
    for (Rating r :
        new Rating[] {
          new Rating("s3://b/ratings.csv", 7, 1, 31, 2.5, 1_260_759_144L, 862),
          new Rating("ratings.csv", 1, 2, 3, 5.0, 0L, null)
        }) {
      assertEquals(r, CoderUtils.clone(RatingCoder.of(), r));
    }
  }
}
