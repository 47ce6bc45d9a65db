package com.movielytics.schemas;

/** Formats values back into one RFC 4180 CSV line, quoting only where a value needs it. */
public final class Csv {
  private Csv() {}

  public static String line(String... values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      String v = values[i] == null ? "" : values[i];
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        out.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        out.append(v);
      }
    }
    return out.toString();
  }
}
