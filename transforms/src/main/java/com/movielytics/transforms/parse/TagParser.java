package com.movielytics.transforms.parse;

import com.movielytics.schemas.Tag;

/** Parses MovieLens tags.csv. */
public final class TagParser extends LayoutParser<Tag> {
  public static final CsvLayout LAYOUT = CsvLayout.of("userId", "movieId", "tag", "timestamp");

  public TagParser() {
    super(LAYOUT);
  }

  @Override
  ParseResult<Tag> read(Fields f, String sourceFile, long recordNumber) {
    return ParseResult.ok(
        new Tag(
            sourceFile,
            recordNumber,
            f.positiveInt("userId"),
            f.positiveInt("movieId"),
            f.text("tag"),
            f.epochSeconds("timestamp"),
            null));
  }
}
