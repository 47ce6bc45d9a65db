package com.movielytics.transforms.parse;

import com.movielytics.schemas.GenomeScore;
import java.math.BigDecimal;

/** Parses MovieLens genome-scores.csv: a relevance is a number from 0 to 1, as the tag genome defines it. */
public final class GenomeScoreParser extends LayoutParser<GenomeScore> {
  public static final CsvLayout LAYOUT = CsvLayout.of("movieId", "tagId", "relevance");

  public GenomeScoreParser() {
    super(LAYOUT);
  }

  @Override
  ParseResult<GenomeScore> read(Fields f, String sourceFile, long recordNumber) {
    int movielensId = f.positiveInt("movieId");
    int tagId = f.positiveInt("tagId");
    // Decimal notation only: Double.parseDouble would also take "NaN", "Infinity" and "0.5f".
    BigDecimal relevance = f.optionalDecimal("relevance");
    if (relevance == null) {
      return ParseResult.rejected("relevance is empty");
    }
    if (relevance.signum() < 0 || relevance.compareTo(BigDecimal.ONE) > 0) {
      return ParseResult.rejected("relevance '" + relevance.toPlainString() + "' is not between 0 and 1");
    }
    return ParseResult.ok(
        new GenomeScore(sourceFile, recordNumber, movielensId, tagId, relevance.doubleValue(), null));
  }
}
