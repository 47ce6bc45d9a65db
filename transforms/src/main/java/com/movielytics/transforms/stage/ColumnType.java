package com.movielytics.transforms.stage;

import java.util.function.IntFunction;

/**
 * How a staging column travels to PostgreSQL: numbers as typed arrays, which pgjdbc sends in binary and PostgreSQL
 * reads without parsing; everything else as text that {@code sql/staging/<table>.sql} casts. At 10 M ratings,
 * writing numbers as text and parsing them back cost the staging step a seventh of its CPU (Java Flight Recorder).
 */
public enum ColumnType {
  TEXT(String[]::new),
  INTEGER(Integer[]::new),
  BIGINT(Long[]::new),
  DOUBLE(Double[]::new);

  private final IntFunction<Object[]> arrays;

  ColumnType(IntFunction<Object[]> arrays) {
    this.arrays = arrays;
  }

  /** An array for a batch's values of this column: binding it sends text[], int4[], int8[] or float8[]. */
  Object[] newArray(int length) {
    return arrays.apply(length);
  }
}
