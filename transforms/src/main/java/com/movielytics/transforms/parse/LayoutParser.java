package com.movielytics.transforms.parse;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A parser for a source with a fixed header: checks the width, then reads typed fields by column name. */
abstract class LayoutParser<T> implements CsvRecordParser<T> {
  private final CsvLayout layout;

  LayoutParser(CsvLayout layout) {
    this.layout = layout;
  }

  @Override
  public @Nullable String checkHeader(List<String> header) {
    return layout.checkHeader(header);
  }

  @Override
  public @Nullable String checkShape(List<String> values) {
    return layout.checkWidth(values);
  }

  @Override
  public final ParseResult<T> parse(
      List<String> header, List<String> values, String sourceFile, long recordNumber) {
    String widthProblem = checkShape(values);
    if (widthProblem != null) {
      return ParseResult.rejected(widthProblem);
    }
    try {
      return read(new Fields(layout, values), sourceFile, recordNumber);
    } catch (Fields.BadField e) {
      return ParseResult.rejected(e.getMessage());
    }
  }

  /** Reads one record; throws {@link Fields.BadField} or returns a rejection for values it cannot accept. */
  abstract ParseResult<T> read(Fields fields, String sourceFile, long recordNumber);
}
