package com.movielytics.transforms.parse;

import com.movielytics.schemas.Rating;
import java.math.BigDecimal;

/** Parses MovieLens ratings: 0.5 to 5.0 in half steps, timestamps in epoch seconds (UTC). */
public final class RatingParser extends LayoutParser<Rating> {
  public static final CsvLayout LAYOUT = CsvLayout.of("userId", "movieId", "rating", "timestamp");

  private static final BigDecimal MIN = new BigDecimal("0.5");
  private static final BigDecimal MAX = new BigDecimal("5.0");
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  public RatingParser() {
    super(LAYOUT);
  }

  @Override
  ParseResult<Rating> read(Fields f, String sourceFile, long recordNumber) {
    int userId = f.positiveInt("userId");
    int movielensId = f.positiveInt("movieId");
    BigDecimal rating = f.optionalDecimal("rating");
    if (rating == null) {
      return ParseResult.rejected("rating is empty");
    }
    if (rating.compareTo(MIN) < 0
        || rating.compareTo(MAX) > 0
        || rating.multiply(TWO).stripTrailingZeros().scale() > 0) {
      return ParseResult.rejected(
          "rating '" + rating.toPlainString() + "' is not between 0.5 and 5.0 in steps of 0.5");
    }
    return ParseResult.ok(
        new Rating(
            sourceFile, recordNumber, userId, movielensId, rating.doubleValue(),
            f.epochSeconds("timestamp"), null));
  }
}
