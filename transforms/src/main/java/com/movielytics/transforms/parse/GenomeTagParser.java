package com.movielytics.transforms.parse;

import com.movielytics.schemas.GenomeTag;

/** Parses MovieLens genome-tags.csv. */
public final class GenomeTagParser extends LayoutParser<GenomeTag> {
  public static final CsvLayout LAYOUT = CsvLayout.of("tagId", "tag");

  public GenomeTagParser() {
    super(LAYOUT);
  }

  @Override
  ParseResult<GenomeTag> read(Fields f, String sourceFile, long recordNumber) {
    return ParseResult.ok(new GenomeTag(sourceFile, recordNumber, f.positiveInt("tagId"), f.text("tag")));
  }
}
