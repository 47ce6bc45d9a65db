package com.movielytics.transforms.stage;

/**
 * How a staging column travels to PostgreSQL: numbers as typed arrays, which pgjdbc sends in binary and PostgreSQL
 * reads without parsing; everything else as text that {@code sql/staging/<table>.sql} casts. At 10 M ratings,
 * writing numbers as text and parsing them back cost the staging step a seventh of its CPU (Java Flight Recorder).
 */
public enum ColumnType {
  TEXT {
    @Override
    Object[] newArray(int length) {
      return new String[length];
    }
  },
  INTEGER {
    @Override
    Object[] newArray(int length) {
      return new Integer[length];
    }
  },
  BIGINT {
    @Override
    Object[] newArray(int length) {
      return new Long[length];
    }
  },
  DOUBLE {
    @Override
    Object[] newArray(int length) {
      return new Double[length];
    }
  };

  /** An array for a batch's values of this column: binding it sends text[], int4[], int8[] or float8[]. */
  abstract Object[] newArray(int length);
}
