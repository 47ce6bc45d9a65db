package com.movielytics.transforms.parse;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The header a source's files must have, and where each column sits in it. */
public final class CsvLayout implements Serializable {
  private final List<String> columns;
  private final Map<String, Integer> indexByName = new HashMap<>();

  private CsvLayout(List<String> columns) {
    this.columns = List.copyOf(columns);
    for (int i = 0; i < columns.size(); i++) {
      indexByName.put(columns.get(i), i);
    }
  }

  public static CsvLayout of(String... columns) {
    return new CsvLayout(List.of(columns));
  }

  public List<String> columns() {
    return columns;
  }

  int index(String column) {
    Integer i = indexByName.get(column);
    if (i == null) {
      throw new IllegalArgumentException("no column " + column + " in " + columns);
    }
    return i;
  }

  /** Null when {@code header} matches; otherwise what is wrong with it. */
  public @Nullable String checkHeader(List<String> header) {
    return header.equals(columns)
        ? null
        : "header is '" + String.join(",", header) + "', expected '" + String.join(",", columns) + "'";
  }

  /** Null when the record has one field per column; otherwise what is wrong with it. */
  public @Nullable String checkWidth(List<String> values) {
    return values.size() == columns.size()
        ? null
        : "expected " + columns.size() + " fields, found " + values.size();
  }
}
