package com.movielytics.transforms.parse;

import com.movielytics.schemas.Link;

/** Parses MovieLens links.csv; imdbId stays text so its leading zeros survive, a blank tmdbId stays null. */
public final class LinkParser extends LayoutParser<Link> {
  public static final CsvLayout LAYOUT = CsvLayout.of("movieId", "imdbId", "tmdbId");

  public LinkParser() {
    super(LAYOUT);
  }

  @Override
  ParseResult<Link> read(Fields f, String sourceFile, long recordNumber) {
    String imdbId = f.optionalText("imdbId");
    if (imdbId != null && !imdbId.trim().matches("\\d{1,8}")) {
      return ParseResult.rejected("imdbId '" + imdbId + "' is not a numeric IMDb id");
    }
    return ParseResult.ok(
        new Link(
            sourceFile,
            recordNumber,
            f.positiveInt("movieId"),
            imdbId == null ? null : imdbId.trim(),
            f.optionalPositiveInt("tmdbId")));
  }
}
