package com.movielytics.transforms.parse;

import java.io.Serializable;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A pure function from one CSV record of a source to a value or a rejection with its reason. */
public interface CsvRecordParser<T> extends RecordShape, Serializable {
  /** Null when a file with this header can be read; otherwise what is wrong with the header. */
  @Nullable
  String checkHeader(List<String> header);

  ParseResult<T> parse(List<String> header, List<String> values, String sourceFile, long recordNumber);
}
